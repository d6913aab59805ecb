package com.kava.midp;

/**
 * The runner's handle on a MIDlet's protected lifecycle methods. MIDlet registers one
 * from its constructor (the only way code outside javax.microedition.midlet may call them).
 */
public abstract class Lifecycle {
    public abstract void start() throws Exception;

    public abstract void pause();

    public abstract void destroy(boolean unconditional) throws Exception;

    /** The class name of the MIDlet, for messages. */
    public abstract String name();
}
