"""Kava Packages: the MIDP-level profile (app, graphics, ...): Java API sources, natives, host backends."""
