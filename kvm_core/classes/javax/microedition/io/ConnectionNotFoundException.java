package javax.microedition.io;

/** The target of a connection (or a platform request) cannot be found or handled. */
public class ConnectionNotFoundException extends java.io.IOException {
    public ConnectionNotFoundException() {
    }

    public ConnectionNotFoundException(String message) {
        super(message);
    }
}
