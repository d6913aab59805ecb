package com.kava.midp;

/**
 * Kava's phone host, seen from Java: the event queue, the screen, the device, the suite.
 * Implemented by packages/app/natives.py over the host loop (packages/app/host.py).
 */
public final class Host {
    // Event types; the same numbers are in packages/app/host.py.
    public static final int KEY_PRESSED = 1;
    public static final int KEY_RELEASED = 2;
    public static final int KEY_REPEATED = 3;
    public static final int POINTER_PRESSED = 4;
    public static final int POINTER_RELEASED = 5;
    public static final int POINTER_DRAGGED = 6;
    public static final int REPAINT = 7;
    public static final int SERIAL = 8;
    public static final int QUIT = 9;
    public static final int PAUSE = 10;
    public static final int RESUME = 11;

    // Logical keys whose codes the device profile chooses (index for keyCode()).
    public static final int KEY_UP = 0;
    public static final int KEY_DOWN = 1;
    public static final int KEY_LEFT = 2;
    public static final int KEY_RIGHT = 3;
    public static final int KEY_FIRE = 4;
    public static final int KEY_SOFT1 = 5;
    public static final int KEY_SOFT2 = 6;
    public static final int KEY_CLEAR = 7;

    private Host() {
    }

    /** Wait for the next event; fills out[0..3] with type and arguments, returns the type. */
    public static native int nextEvent(int[] out);

    /** Queue an event from Java (repaint and callSerially requests); IllegalStateException when the queue is full. */
    public static native void post(int type, int a, int b, int c);

    /**
     * Show this frame: the w x h ARGB pixels become what the phone's screen shows. w and h
     * must be the screen's size (IllegalArgumentException), pixels at least w * h long.
     */
    public static native void present(int[] pixels, int w, int h);

    public static native int screenWidth();

    public static native int screenHeight();

    /** The device's key code for a logical key (KEY_UP...); IllegalArgumentException for another number. */
    public static native int keyCode(int logicalKey);

    /** An attribute of the running suite: the JAD's first, then the manifest's; or null. */
    public static native String appProperty(String key);

    /** Record a platform request (URL) for the host; true if the app must exit first. */
    public static native boolean platformRequest(String url);

    /** A device effect the host can show or log: "vibrate", "backlight", "sound:ALARM"... */
    public static native boolean effect(String kind, int duration);

    /** A line on the host's stderr, prefixed "Kava: ". */
    public static native void log(String line);

    /** The color the screen really shows for 0xRRGGBB (the device may have fewer colors). */
    public static native int displayColor(int rgb);

    /** Whether the device's screen has colors (else gray levels), and how many. */
    public static native boolean isColor();

    public static native int numColors();

    /** The suite's permission state: 1 allowed, 0 denied, -1 unknown. */
    public static native int checkPermission(String permission);
}
