package javax.microedition.midlet;

import com.kava.midp.Host;
import com.kava.midp.Lifecycle;
import com.kava.midp.Runner;

/**
 * A MIDP application. Kava's runner creates it, calls startApp, delivers its events,
 * and calls destroyApp(true) when the user (or a script) quits.
 */
public abstract class MIDlet {

    protected MIDlet() {
        final MIDlet self = this;
        Runner.register(new Lifecycle() {
            public void start() throws Exception {
                self.startApp();
            }

            public void pause() {
                self.pauseApp();
            }

            public void destroy(boolean unconditional) throws Exception {
                self.destroyApp(unconditional);
            }

            public String name() {
                return self.getClass().getName();
            }
        });
    }

    protected abstract void startApp() throws MIDletStateChangeException;

    protected abstract void pauseApp();

    protected abstract void destroyApp(boolean unconditional) throws MIDletStateChangeException;

    /** The MIDlet has put itself in the Destroyed state: the suite ends. */
    public final void notifyDestroyed() {
        Runner.notifyDestroyed();
    }

    /** The MIDlet has put itself in the Paused state. */
    public final void notifyPaused() {
        Runner.notifyPaused();
    }

    /** A paused MIDlet asks to become active again (startApp is called again). */
    public final void resumeRequest() {
        Runner.resumeRequest();
    }

    /** An attribute from the suite's JAD, else its manifest; null if neither has it. */
    public final String getAppProperty(String key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return Host.appProperty(key);
    }

    /**
     * Asks the device to handle a URL (a browser, a call). Kava only writes the request
     * to stderr (an empty URL, which cancels pending requests, writes nothing) and returns
     * false: the MIDlet need not exit.
     */
    public final boolean platformRequest(String url) throws javax.microedition.io.ConnectionNotFoundException {
        if (url == null) {
            throw new NullPointerException();
        }
        return Host.platformRequest(url);
    }

    /** 1 if the permission is granted, 0 if denied, -1 if unknown (would ask the user). */
    public final int checkPermission(String permission) {
        if (permission == null) {
            throw new NullPointerException();
        }
        return Host.checkPermission(permission);
    }
}
