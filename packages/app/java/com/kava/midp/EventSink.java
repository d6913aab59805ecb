package com.kava.midp;

/** Where the runner delivers host events: lcdui's Display registers one. */
public interface EventSink {
    void dispatch(int type, int a, int b, int c);

    /** Show a system error screen (the app failed) with this text. */
    void showError(String title, String text);
}
