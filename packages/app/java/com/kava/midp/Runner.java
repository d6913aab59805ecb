package com.kava.midp;

/**
 * The main class of a MIDlet run: creates the MIDlet, moves it through its lifecycle
 * (Paused -> Active -> Destroyed), and delivers the host's events on this one thread,
 * serially, as MIDP requires. `kava run APP.jar` starts it with the MIDlet's class name.
 */
public final class Runner {
    private static Lifecycle lifecycle;
    private static EventSink sink;
    private static boolean active;
    private static boolean destroyed;
    private static int exitStatus;

    private Runner() {
    }

    public static void main(String[] args) {
        String className = args[0];
        try {
            Class.forName("javax.microedition.lcdui.Display");  // registers the event sink
            Class cls = Class.forName(className);
            if (!javax.microedition.midlet.MIDlet.class.isAssignableFrom(cls)) {
                // checked before creating it: a class that is not a MIDlet never runs its constructor
                fail("Kava: " + className + " is not a MIDlet", "Not a MIDlet", className + " does not extend javax.microedition.midlet.MIDlet.");
            } else {
                cls.newInstance();
                start();
            }
        } catch (ClassNotFoundException e) {
            fail("Kava: the suite names a MIDlet class that is not in its JAR: " + className,
                 "Cannot start", "The MIDlet class " + className + " is missing from the application.");
        } catch (Throwable e) {
            fail("Kava: the MIDlet " + className + " could not be created: " + describe(e),
                 "Cannot start", className + " could not be created: " + e);
        }
        loop();
    }

    /** Called from MIDlet's constructor. */
    public static void register(Lifecycle l) {
        if (lifecycle != null) {
            throw new SecurityException("only one MIDlet runs at a time in Kava");
        }
        lifecycle = l;
    }

    /** lcdui's Display registers here when it loads; later calls (an app's) are ignored. */
    public static void registerSink(EventSink s) {
        if (sink == null) {
            sink = s;
        }
    }

    public static void notifyDestroyed() {
        destroyed = true;
        active = false;
        Host.post(Host.QUIT, 1, 0, 0);    // wakes the loop, which then ends the suite
    }

    public static void notifyPaused() {
        active = false;
    }

    public static void resumeRequest() {
        if (!active && !destroyed) {
            Host.post(Host.RESUME, 0, 0, 0);
        }
    }

    private static void start() {
        try {
            lifecycle.start();
            active = true;
        } catch (javax.microedition.midlet.MIDletStateChangeException e) {
            // a transient refusal: the MIDlet stays paused (MIDP 2.0 startApp contract)
            Host.log("the MIDlet " + lifecycle.name() + " stays paused: " + e);
        } catch (Throwable e) {
            fail("Kava: the MIDlet " + lifecycle.name() + " failed in startApp: " + describe(e),
                 "Application error", "startApp failed: " + e);
        }
    }

    /** A throwable in one line: itself and where it was thrown ("... at Foo.bar(Foo.java:12)"). */
    public static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? e.toString() : e + " at " + trace[0];
    }

    /** An app fault: one line on stderr, an error screen on the phone, exit status 1 at the end. */
    private static void fail(String line, String title, String text) {
        System.err.println(line);
        exitStatus = 1;
        if (sink != null) {
            try {
                sink.showError(title, text);
            } catch (Throwable e) {
                // the line above said what failed; an app that broke the screen keeps its message
            }
        }
    }

    private static void loop() {
        int[] event = new int[4];
        while (true) {
            int type = Host.nextEvent(event);
            if (type == Host.QUIT) {
                if (!destroyed && lifecycle != null) {
                    destroy();
                }
                System.exit(exitStatus);
            } else if (type == Host.PAUSE) {
                if (active) {                   // the device takes the screen: hideNotify, pauseApp
                    active = false;
                    deliver(type, event);
                    try {
                        lifecycle.pause();
                    } catch (Throwable e) {
                        System.err.println("Kava: the MIDlet " + lifecycle.name() + " failed in pauseApp: " + describe(e));
                    }
                }
            } else if (type == Host.RESUME) {
                if (!active && !destroyed && lifecycle != null) {
                    start();
                    if (active) {
                        deliver(type, event);   // the screen comes back: showNotify, repaint
                    }
                }
            } else if (active || type == Host.REPAINT || type == Host.SERIAL) {
                deliver(type, event);           // input reaches only an active MIDlet
            }
        }
    }

    private static void deliver(int type, int[] event) {
        if (sink != null) {
            sink.dispatch(type, event[1], event[2], event[3]);
        }
    }

    private static void destroy() {
        destroyed = true;
        try {
            lifecycle.destroy(true);
        } catch (javax.microedition.midlet.MIDletStateChangeException e) {
            // MIDP 2.0: ignored when the destruction is unconditional
        } catch (Throwable e) {
            System.err.println("Kava: the MIDlet " + lifecycle.name() + " failed in destroyApp: " + describe(e));
            exitStatus = 1;
        }
    }
}
