"""Kava: run and build Java ME style phone apps on the desktop."""

__version__ = "0.1.0"
