package game;

import javax.microedition.lcdui.Display;
import javax.microedition.lcdui.Graphics;
import javax.microedition.lcdui.game.GameCanvas;
import javax.microedition.midlet.MIDlet;

/**
 * A full-screen GameCanvas stepped by key 0: (1) red buffer, flushGraphics();
 * (2) blue buffer, flushGraphics of three regions; (3) green buffer, no flush;
 * (4) repaint(), which paints the buffer.
 */
public class FlushTest extends MIDlet {
    protected void startApp() {
        Board b = new Board();
        b.setFullScreenMode(true);
        Display.getDisplay(this).setCurrent(b);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    static class Board extends GameCanvas {
        private int step;

        Board() {
            super(false);
        }

        private void fill(int rgb) {
            Graphics g = getGraphics();
            g.setColor(rgb);
            g.fillRect(0, 0, getWidth(), getHeight());
        }

        protected void keyPressed(int keyCode) {
            if (keyCode != KEY_NUM0) {
                return;
            }
            step++;
            if (step == 1) {
                Graphics g1 = getGraphics();
                g1.translate(5, 5);
                g1.setColor(0x123456);
                Graphics g2 = getGraphics();
                System.out.println("graphics.fresh=" + (g1 != g2) + "," + g2.getTranslateX() + ","
                        + g2.getColor() + "," + g2.getClipX() + "," + g2.getClipY() + ","
                        + g2.getClipWidth() + "," + g2.getClipHeight());
                System.out.println("canvas.size=" + getWidth() + "," + getHeight());
                fill(0xFF0000);
                flushGraphics();
            } else if (step == 2) {
                fill(0x0000FF);
                flushGraphics(10, 20, 30, 40);
                flushGraphics(-10, -10, 15, 15);
                flushGraphics(100, 100, 0, 50);
                flushGraphics(100, 100, 50, -1);
            } else if (step == 3) {
                fill(0x00FF00);
            } else if (step == 4) {
                repaint();
            }
        }
    }
}
