"""The Kava SDK: build MIDlet projects into suites (JAR + JAD)."""
