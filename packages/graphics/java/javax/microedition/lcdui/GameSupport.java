package javax.microedition.lcdui;

import com.kava.midp.CanvasHooks;
import com.kava.midp.GameBridge;

/** lcdui's side of GameBridge: flushing a GameCanvas's buffer and hooking its keys. */
final class GameSupport extends GameBridge {
    static {
        GameBridge.register(new GameSupport());
    }

    private GameSupport() {
    }

    public void flush(Canvas canvas, Image buffer, int x, int y, int w, int h) {
        Display d = canvas.display;     // non-null while the canvas is current
        if (d != null) {
            d.flush(canvas, buffer, x, y, w, h);
        }
    }

    public void setHooks(Canvas canvas, CanvasHooks hooks) {
        canvas.hooks = hooks;
    }
}
