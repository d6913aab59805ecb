"""Hostile-input fuzzing of class files through the Kava VM (see README.md)."""
