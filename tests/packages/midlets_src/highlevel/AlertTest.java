import javax.microedition.lcdui.*;
import javax.microedition.midlet.MIDlet;

/** Alerts (timed, modal, with an indicator), a Ticker and a CustomItem grid on a Form. */
public class AlertTest extends MIDlet implements CommandListener {
    private Form home;
    private Form other;
    private Alert modal;
    private final Command info = new Command("Info", Command.SCREEN, 1);
    private final Command ask = new Command("Ask", Command.SCREEN, 2);
    private final Command busy = new Command("Busy", Command.SCREEN, 3);
    private final Command yes = new Command("Yes", Command.OK, 1);
    private final Command no = new Command("No", Command.CANCEL, 1);

    /** A 3 x 3 grid: the arrows move a cursor inside it before the focus leaves. */
    static class Grid extends CustomItem {
        int col;
        int row;
        boolean inside;

        Grid() {
            super("Grid");
        }

        protected int getMinContentWidth() {
            return 60;
        }

        protected int getMinContentHeight() {
            return 60;
        }

        protected int getPrefContentWidth(int h) {
            return 60;
        }

        protected int getPrefContentHeight(int w) {
            return 60;
        }

        protected void sizeChanged(int w, int h) {
            System.out.println("grid size " + w + "x" + h);
        }

        protected void showNotify() {
            System.out.println("grid shown");
        }

        protected void hideNotify() {
            System.out.println("grid hidden");
        }

        protected boolean traverse(int dir, int vw, int vh, int[] vis) {
            if (!inside) {
                inside = true;
                row = dir == Canvas.UP ? 2 : 0;
            } else if (dir == Canvas.DOWN && row < 2) {
                row++;
            } else if (dir == Canvas.UP && row > 0) {
                row--;
            } else if (dir == Canvas.LEFT && col > 0) {
                col--;
            } else if (dir == Canvas.RIGHT && col < 2) {
                col++;
            } else if (dir == Canvas.UP || dir == Canvas.DOWN) {
                return false;
            }
            vis[0] = col * 20;
            vis[1] = row * 20;
            vis[2] = 20;
            vis[3] = 20;
            System.out.println("grid at " + col + "," + row);
            repaint();
            return true;
        }

        protected void traverseOut() {
            inside = false;
            System.out.println("grid out");
            repaint();
        }

        protected void keyPressed(int keyCode) {
            System.out.println("grid key " + keyCode + " action " + getGameAction(keyCode));
            notifyStateChanged();
        }

        protected void paint(Graphics g, int w, int h) {
            g.setColor(0x000000);
            for (int i = 0; i <= 3; i++) {
                g.drawLine(i * 20 - (i == 3 ? 1 : 0), 0, i * 20 - (i == 3 ? 1 : 0), 59);
                g.drawLine(0, i * 20 - (i == 3 ? 1 : 0), 59, i * 20 - (i == 3 ? 1 : 0));
            }
            if (inside) {
                g.setColor(0xFF0000);
                g.fillRect(col * 20 + 1, row * 20 + 1, 19, 19);
            }
        }
    }

    protected void startApp() {
        home = new Form("Home");
        home.setTicker(new Ticker("Breaking news: Kava draws its own widgets"));
        home.append(new TextField("Top", "", 10, TextField.ANY));
        home.append(new Grid());
        home.append(new TextField("Bottom", "", 10, TextField.ANY));
        home.addCommand(info);
        home.addCommand(ask);
        home.addCommand(busy);
        home.setCommandListener(this);
        home.setItemStateListener(new ItemStateListener() {
            public void itemStateChanged(Item item) {
                System.out.println("state " + item.getLabel());
            }
        });
        other = new Form("Other");
        other.append("You said yes.");
        Display.getDisplay(this).setCurrent(home);
    }

    protected void pauseApp() {
    }

    protected void destroyApp(boolean unconditional) {
    }

    public void commandAction(Command c, Displayable d) {
        Display display = Display.getDisplay(this);
        System.out.println("command " + (c == Alert.DISMISS_COMMAND ? "DISMISS" : c.getLabel()));
        if (c == info) {
            Alert a = new Alert("Note", "Saved.", null, AlertType.INFO);
            a.setTimeout(3000);
            display.setCurrent(a);
        } else if (c == ask) {
            Alert a = new Alert("Question", "Go to the other form?", null, AlertType.CONFIRMATION);
            a.setTimeout(Alert.FOREVER);
            System.out.println("timeout " + a.getTimeout() + " default " + (a.getDefaultTimeout() > 0));
            display.setCurrent(a, other);
        } else if (c == busy) {
            modal = new Alert("Working", "Please wait", null, AlertType.WARNING);
            modal.setIndicator(new Gauge(null, false, Gauge.INDEFINITE, Gauge.CONTINUOUS_RUNNING));
            modal.addCommand(yes);
            modal.addCommand(no);
            modal.setCommandListener(this);
            System.out.println("modal timeout " + modal.getTimeout());
            display.setCurrent(modal);
        } else if (d == modal) {
            display.setCurrent(c == yes ? other : home);
        }
    }
}
