"""Native method implementations of the core class library (see registry.py)."""
