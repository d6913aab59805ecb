"""The MIDlet app model: suites (JAD + JAR), the lifecycle, the host event loop."""
