"""Hostile MIDlets: apps that call Kava's internal host API (com.kava.midp.Host is public)
with nulls and out-of-range values, push lcdui to extreme arguments, feed it malformed
PNG data, and draw from several threads. Whatever an app does, the result is a Java
exception the app can catch (or nothing at all): never a Python traceback, never
"kava: internal error" and never java.lang.InternalError from a Kava native.

Each MIDlet prints one line per probe ("NAME result"), where result is "ok ..." or the
simple name of the exception class; the tests compare those lines and check the exit
status and stderr. Malformed suites and scripts are checked the same way."""

import os

import pytest

from kvm_core.build_classlib import write_zip
from tests.packages.midlets import build_suite, run_suite, screenshot_pixels

COMMON = '''package hostile;
import com.kava.midp.Host;
import javax.microedition.lcdui.*;
import javax.microedition.lcdui.game.*;
import javax.microedition.midlet.*;
'''

PROBE = '''package hostile;

/** One probe: run() prints "name ok <result>" or "name <ExceptionClass>". */
public abstract class Probe {
    final String name;

    Probe(String name) { this.name = name; }

    abstract String run() throws Throwable;

    static void all(Probe[] probes) {
        for (int i = 0; i < probes.length; i++) {
            String line;
            try {
                line = "ok " + probes[i].run();
            } catch (Throwable e) {
                String cls = e.getClass().getName();
                line = cls.substring(cls.lastIndexOf('.') + 1);
                if (e instanceof InternalError) {
                    line += " " + e.getMessage();
                }
            }
            System.out.println(probes[i].name + " " + line);
        }
    }
}
'''

BASE = COMMON + '''
public abstract class Base extends MIDlet {
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) { System.out.println("DESTROY"); }
}
'''

HOST_CALLS = COMMON + '''
public class HostCalls extends Base {
    private boolean started;

    protected void startApp() {
        if (started) {                  // the PAUSE and RESUME posted below come back here
            System.out.println("restarted");
            return;
        }
        started = true;
        Probe.all(new Probe[] {
            new Probe("present-null") { String run() throws Throwable { Host.present(null, 0, 0); return ""; } },
            new Probe("present-null-sized") { String run() throws Throwable {
                Host.present(null, Host.screenWidth(), Host.screenHeight()); return ""; } },
            new Probe("present-short") { String run() throws Throwable { Host.present(new int[10], 10, 1); return ""; } },
            new Probe("present-lying-size") { String run() throws Throwable {
                Host.present(new int[10], Host.screenWidth(), Host.screenHeight()); return ""; } },
            new Probe("present-negative") { String run() throws Throwable { Host.present(new int[10], -1, -10); return ""; } },
            new Probe("present-overflow") { String run() throws Throwable { Host.present(new int[4], 65536, 65536); return ""; } },
            new Probe("next-event-null") { String run() throws Throwable {
                Host.post(99, 1, 2, 3);           // queued, so nextEvent would not wait
                return "" + Host.nextEvent(null); } },
            new Probe("next-event-short") { String run() throws Throwable { return "" + Host.nextEvent(new int[2]); } },
            new Probe("next-event-own") { String run() throws Throwable {
                int[] e = new int[4];
                int t = Host.nextEvent(e);        // the event posted above is still there
                return t + " " + e[1] + " " + e[2] + " " + e[3]; } },
            new Probe("key-code-99") { String run() throws Throwable { return "" + Host.keyCode(99); } },
            new Probe("key-code-minus-1") { String run() throws Throwable { return "" + Host.keyCode(-1); } },
            new Probe("key-code-min") { String run() throws Throwable { return "" + Host.keyCode(Integer.MIN_VALUE); } },
            new Probe("key-code-fire") { String run() throws Throwable { return "" + Host.keyCode(Host.KEY_FIRE); } },
            new Probe("app-property-null") { String run() throws Throwable { return Host.appProperty(null); } },
            new Probe("app-property-missing") { String run() throws Throwable { return "" + Host.appProperty("X-None"); } },
            new Probe("platform-request-null") { String run() throws Throwable { return "" + Host.platformRequest(null); } },
            new Probe("effect-null") { String run() throws Throwable { return "" + Host.effect(null, -5); } },
            new Probe("log-null") { String run() throws Throwable { Host.log(null); return ""; } },
            new Probe("log-surrogate") { String run() throws Throwable { Host.log("half \\uD800 pair"); return ""; } },
            new Probe("check-permission-null") { String run() throws Throwable { return "" + Host.checkPermission(null); } },
            new Probe("display-color-minus-1") { String run() throws Throwable {
                return Integer.toHexString(Host.displayColor(-1)); } },
            new Probe("display-color-min") { String run() throws Throwable {
                return Integer.toHexString(Host.displayColor(Integer.MIN_VALUE)); } },
            new Probe("desktop-properties") { String run() throws Throwable {
                return System.getProperty("java.class.path") + " " + System.getProperty("user.dir") + " "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + " "
                    + System.getProperty("path.separator") + " " + System.getProperty("microedition.platform"); } },
            new Probe("flood") { String run() throws Throwable {
                int i = 0;
                try {
                    while (i < 100000) {
                        Host.post(-5, i, 0, 0);   // a kind nobody handles
                        i++;
                    }
                } catch (IllegalStateException e) {
                    int[] event = new int[4];
                    for (int j = 0; j < i; j++) {
                        Host.nextEvent(event);    // take them back: the queue is usable again
                    }
                    return "stopped";
                }
                return "never stopped"; } },
        });
        // Events of every kind and argument, posted by the app itself: ignored or delivered.
        int[] kinds = {Integer.MIN_VALUE, -1, 0, Host.KEY_PRESSED, Host.KEY_RELEASED, Host.KEY_REPEATED,
                       Host.POINTER_PRESSED, Host.POINTER_RELEASED, Host.POINTER_DRAGGED, Host.REPAINT,
                       Host.SERIAL, Host.PAUSE, Host.RESUME, 12, Integer.MAX_VALUE};
        int[] values = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        for (int i = 0; i < kinds.length; i++) {
            for (int j = 0; j < values.length; j++) {
                Host.post(kinds[i], values[j], values[values.length - 1 - j], values[j]);
            }
        }
        System.out.println("posted");
        Display.getDisplay(this).setCurrent(new Painter());
    }
}

class Painter extends Canvas {
    protected void paint(Graphics g) {
        g.setColor(0x0000FF);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
    protected void keyPressed(int k) { System.out.println("KP " + k); }
    protected void pointerPressed(int x, int y) { System.out.println("PP " + x + " " + y); }
}
'''

EXTREMES = COMMON + '''
public class Extremes extends Base {
    static final int MAX = Integer.MAX_VALUE;
    static final int MIN = Integer.MIN_VALUE;

    protected void startApp() {
        Probe.all(new Probe[] {
            new Probe("image-46341") { String run() throws Throwable { return size(Image.createImage(46341, 46341)); } },
            new Probe("image-65536x65537") { String run() throws Throwable { return size(Image.createImage(65536, 65537)); } },
            new Probe("image-max") { String run() throws Throwable { return size(Image.createImage(MAX, MAX)); } },
            new Probe("image-1xmax") { String run() throws Throwable { return size(Image.createImage(1, MAX)); } },
            new Probe("rgb-image-overflow") { String run() throws Throwable {
                return size(Image.createRGBImage(new int[4], 65536, 65537, true)); } },
            new Probe("region-image-max") { String run() throws Throwable {
                return size(Image.createImage(Image.createImage(4, 4), 1, 1, MAX, MAX, 0)); } },
            new Probe("get-rgb-overflow") { String run() throws Throwable {
                Image.createImage(4, 4).getRGB(new int[16], MAX, 4, 0, 0, 4, 4); return ""; } },
            new Probe("draw-rgb-overflow") { String run() throws Throwable {
                Image.createImage(4, 4).getGraphics().drawRGB(new int[16], MAX, MAX, 0, 0, 4, 4, true);
                return ""; } },
            new Probe("translate-huge") { String run() throws Throwable { return drawAll(MAX, MAX); } },
            new Probe("translate-huge-negative") { String run() throws Throwable { return drawAll(MIN, MIN); } },
            new Probe("translate-mixed") { String run() throws Throwable { return drawAll(MAX, MIN); } },
            new Probe("copy-area-huge") { String run() throws Throwable {
                Graphics g = Image.createImage(8, 8).getGraphics();
                g.translate(MAX, MAX);
                g.copyArea(0, 0, 4, 4, 0, 0, 0); return ""; } },
            new Probe("copy-area-translated-back") { String run() throws Throwable {
                Graphics g = Image.createImage(8, 8).getGraphics();
                g.translate(MAX, MAX);
                g.copyArea(-MAX, -MAX, 4, 4, MIN, MIN, 0); return ""; } },
            new Probe("clip-huge") { String run() throws Throwable {
                Graphics g = Image.createImage(8, 8).getGraphics();
                g.setClip(MIN, MIN, MAX, MAX);
                g.clipRect(MAX, MAX, MAX, MAX);
                g.fillRect(MIN, MIN, MAX, MAX);
                return g.getClipX() + " " + g.getClipY() + " " + g.getClipWidth() + " " + g.getClipHeight(); } },
            new Probe("font-odd-chars") { String run() throws Throwable {
                Font f = Font.getFont(Font.FACE_MONOSPACE, Font.STYLE_BOLD | Font.STYLE_ITALIC | Font.STYLE_UNDERLINED,
                                      Font.SIZE_LARGE);
                char[] odd = {'\\uD800', '\\uDFFF', '\\uFFFF', '\\uFFFE', '\\u0000', '\\u200B', '\\uFEFF', '\\n', '\\t'};
                int sum = 0;
                for (int i = 0; i < odd.length; i++) {
                    sum += f.charWidth(odd[i]);
                }
                return (sum > 0) + " " + (f.stringWidth(new String(odd)) == sum) + " "
                    + f.charsWidth(odd, 0, odd.length); } },
            new Probe("draw-unpaired-surrogates") { String run() throws Throwable {
                Graphics g = Image.createImage(64, 32).getGraphics();
                g.drawString("a\\uD800b\\uDC00\\uDBFF", 0, 0, 0);
                g.drawString("\\uDC00\\uD800", 10, 10, Graphics.BASELINE | Graphics.HCENTER);
                g.drawChar('\\uD800', 3, 3, Graphics.BOTTOM | Graphics.RIGHT);
                g.drawChars(new char[] {'\\uDFFF', '\\uD800'}, 0, 2, 0, 0, 0);
                g.drawSubstring("\\uD83D\\uDE00x", 1, 2, 0, 0, 0);
                return ""; } },
            new Probe("draw-string-huge-xy") { String run() throws Throwable {
                Graphics g = Image.createImage(8, 8).getGraphics();
                g.drawString("Wide text", MAX, MAX, Graphics.BASELINE | Graphics.RIGHT);
                g.drawString("Wide text", MIN, MIN, Graphics.BOTTOM | Graphics.HCENTER);
                return ""; } },
            new Probe("draw-string-long") { String run() throws Throwable {
                StringBuffer b = new StringBuffer();
                for (int i = 0; i < 20000; i++) {
                    b.append("WWWW");
                }
                Graphics g = Image.createImage(8, 8).getGraphics();
                g.drawString(b.toString(), -50, 0, 0);
                return "" + (g.getFont().stringWidth(b.toString()) > 0); } },
        });
        notifyDestroyed();
    }

    static String size(Image i) {
        return i.getWidth() + "x" + i.getHeight();
    }

    static String drawAll(int tx, int ty) {
        Image target = Image.createImage(16, 16);
        Graphics g = target.getGraphics();
        Image src = Image.createImage(4, 4);
        g.translate(tx, ty);
        g.translate(tx, ty);
        g.drawLine(0, 0, MAX, MAX);
        g.drawLine(MIN, MIN, MAX, MAX);
        g.fillRect(MIN, MIN, MAX, MAX);
        g.drawRect(MIN, MIN, MAX, MAX);
        g.drawRoundRect(MIN, MIN, MAX, MAX, MAX, MAX);
        g.fillRoundRect(MIN, MIN, MAX, MAX, MIN, MIN);
        g.fillArc(MIN, MIN, MAX, MAX, MIN, MAX);
        g.drawArc(MIN, MIN, MAX, MAX, MAX, MIN);
        g.fillTriangle(MIN, MIN, MAX, 0, 0, MAX);
        g.drawString("text", MIN, MAX, 0);
        g.drawImage(src, MAX, MIN, Graphics.VCENTER | Graphics.HCENTER);
        g.drawRegion(src, 0, 0, 4, 4, 7, MIN, MAX, Graphics.BOTTOM | Graphics.RIGHT);
        g.drawRGB(new int[16], 0, 4, MAX, MAX, 4, 4, true);
        g.drawRGB(new int[16], 12, -4, MIN, MIN, 4, 4, false);
        g.translate(-tx, -ty);
        g.translate(-tx, -ty);
        g.setColor(0x123456);
        g.fillRect(0, 0, 1, 1);
        int[] px = new int[1];
        target.getRGB(px, 0, 1, 0, 0, 1, 1);
        return Integer.toHexString(px[0]) + " " + g.getTranslateX() + " " + g.getTranslateY();
    }
}
'''

PNGS = COMMON + '''
public class Pngs extends Base {
    static final byte[] SIG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    protected void startApp() {
        final byte[] junk = new byte[64];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 37 + 11);
        }
        Probe.all(new Probe[] {
            new Probe("png-empty") { String run() throws Throwable { return decode(new byte[0], 0, 0); } },
            new Probe("png-junk") { String run() throws Throwable { return decode(junk, 0, junk.length); } },
            new Probe("png-signature-only") { String run() throws Throwable { return decode(SIG, 0, SIG.length); } },
            new Probe("png-offset-past-end") { String run() throws Throwable { return decode(SIG, 9, 0); } },
            new Probe("png-offset-overflow") { String run() throws Throwable { return decode(SIG, Integer.MAX_VALUE, 2); } },
            new Probe("png-negative-length") { String run() throws Throwable { return decode(SIG, 0, -1); } },
            new Probe("png-null") { String run() throws Throwable { return decode(null, 0, 0); } },
            new Probe("png-resource-junk") { String run() throws Throwable { return size(Image.createImage("/junk.png")); } },
            new Probe("png-resource-huge") { String run() throws Throwable { return size(Image.createImage("/huge.png")); } },
            new Probe("png-resource-truncated") { String run() throws Throwable { return size(Image.createImage("/cut.png")); } },
            new Probe("png-resource-missing") { String run() throws Throwable { return size(Image.createImage("/none.png")); } },
            new Probe("png-resource-good") { String run() throws Throwable { return size(Image.createImage("/good.png")); } },
            new Probe("png-stream-fails") { String run() throws Throwable {
                return size(Image.createImage(new java.io.InputStream() {
                    public int read() throws java.io.IOException { throw new java.io.IOException("broken"); }
                })); } },
            new Probe("png-stream-empty") { String run() throws Throwable {
                return size(Image.createImage(new java.io.ByteArrayInputStream(new byte[0]))); } },
        });
        notifyDestroyed();
    }

    static String decode(byte[] b, int off, int len) {
        return size(Image.createImage(b, off, len));
    }

    static String size(Image i) {
        return i.getWidth() + "x" + i.getHeight();
    }
}
'''

THREADS = COMMON + '''
public class Threads extends Base {
    protected void startApp() {
        final Display display = Display.getDisplay(this);
        final Board board = new Board();
        display.setCurrent(board);
        final Game game = new Game();
        for (int t = 0; t < 3; t++) {
            final int id = t;
            new Thread() {
                public void run() {
                    for (int i = 0; i < 40; i++) {
                        board.repaint(id * 10, i, 10, 10);
                        board.serviceRepaints();
                        display.callSerially(new Runnable() {
                            public void run() { board.serials++; }
                        });
                        Thread.yield();
                    }
                    synchronized (board) {
                        board.done++;
                        board.notifyAll();
                    }
                }
            }.start();
        }
        new Thread() {
            public void run() {
                synchronized (board) {
                    while (board.done < 3) {
                        try { board.wait(); } catch (InterruptedException e) { return; }
                    }
                }
                display.callSerially(new Runnable() {
                    public void run() {
                        System.out.println("board paints>0 " + (board.paints > 0) + " overlap " + board.overlap
                                           + " serials " + board.serials);
                        display.setCurrent(game);
                        game.start();
                    }
                });
            }
        }.start();
    }
}

class Board extends Canvas {
    int paints;
    int serials;
    int done;
    boolean overlap;
    private boolean painting;

    protected void paint(Graphics g) {
        if (painting) {
            overlap = true;
        }
        painting = true;
        paints++;
        g.setColor(0x00FF00);
        g.fillRect(0, 0, getWidth(), getHeight());
        Thread.yield();
        painting = false;
    }
}

class Game extends GameCanvas {
    private boolean painting;
    int flushes;
    boolean overlap;

    Game() {
        super(true);
    }

    void start() {
        for (int t = 0; t < 2; t++) {
            final int id = t;
            new Thread() {
                public void run() {
                    Graphics g = getGraphics();
                    for (int i = 0; i < 30; i++) {
                        g.setColor(id == 0 ? 0xFF0000 : 0xFF0000);
                        g.fillRect(0, 0, getWidth(), getHeight());
                        flushGraphics();
                        flushGraphics(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
                        flushGraphics(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
                        repaint();
                        serviceRepaints();
                        getKeyStates();
                        synchronized (Game.this) { flushes++; }
                        Thread.yield();
                    }
                    synchronized (Game.this) {
                        if (flushes == 60) {
                            System.out.println("game flushes " + flushes + " overlap " + overlap);
                        }
                    }
                }
            }.start();
        }
    }

    public void paint(Graphics g) {
        if (painting) {
            overlap = true;
        }
        painting = true;
        super.paint(g);
        Thread.yield();
        painting = false;
    }
}
'''

FLUSH_IN_PAINT = COMMON + '''
public class FlushInPaint extends Base {
    protected void startApp() {
        Display.getDisplay(this).setCurrent(new Flusher());
    }
}

class Flusher extends GameCanvas {
    private boolean reported;

    Flusher() {
        super(false);
        Graphics b = getGraphics();
        b.setColor(0xFF0000);
        b.fillRect(0, 0, getWidth(), getHeight());
    }

    public void paint(Graphics g) {
        g.translate(3, 4);
        g.setColor(0x00FF00);
        g.setClip(0, 0, 20, 30);
        flushGraphics();                  // shows the buffer; must leave g as it was
        flushGraphics(1, 1, 5, 5);
        if (!reported) {
            reported = true;
            System.out.println("after flush " + g.getTranslateX() + " " + g.getTranslateY() + " "
                               + Integer.toHexString(g.getColor()) + " " + g.getClipX() + " " + g.getClipY()
                               + " " + g.getClipWidth() + " " + g.getClipHeight());
        }
        g.fillRect(0, 0, 20, 30);         // green at (3, 4) of the canvas
    }
}
'''

NOT_A_MIDLET = '''package hostile;

public class NotMidlet {
    public NotMidlet() {
        System.out.println("CONSTRUCTED");
    }
}
'''

STUCK = COMMON + '''
public class Stuck extends MIDlet {
    protected void startApp() {
        System.out.println("started");
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {
        System.out.println("destroying");
        String mode = getAppProperty("X-Stuck");
        if ("sleep".equals(mode)) {
            try { Thread.sleep(1000000000L); } catch (InterruptedException e) { }
        } else if ("wait".equals(mode)) {
            Object o = new Object();
            synchronized (o) { try { o.wait(); } catch (InterruptedException e) { } }
        } else {
            for (int i = 0; ; i++) { if (i == -1) { break; } }
        }
    }
}
'''

MIDLETS = [('HostCalls', 'hostile.HostCalls'), ('Extremes', 'hostile.Extremes'), ('Pngs', 'hostile.Pngs'),
           ('Threads', 'hostile.Threads'), ('FlushInPaint', 'hostile.FlushInPaint'),
           ('NotMidlet', 'hostile.NotMidlet'), ('Stuck', 'hostile.Stuck')]
N = {name: str(i) for i, (name, _) in enumerate(MIDLETS, 1)}


def png_chunk(kind, payload):
    import struct
    import zlib
    return struct.pack('>I', len(payload)) + kind + payload + struct.pack('>I', zlib.crc32(kind + payload))


def good_png():
    from packages.graphics import png
    from array import array
    return png.encode(3, 2, array('i', [0x112233] * 6))


def huge_png():
    """A valid header declaring 30000 x 30000 pixels (more than any heap here)."""
    import struct
    import zlib
    header = struct.pack('>IIBBBBB', 30000, 30000, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + png_chunk(b'IHDR', header)
            + png_chunk(b'IDAT', zlib.compress(b'\0' * 1000)) + png_chunk(b'IEND', b''))


@pytest.fixture(scope='module')
def suite(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp('hostile'))
    sources = {'hostile/Probe.java': PROBE, 'hostile/Base.java': BASE, 'hostile/HostCalls.java': HOST_CALLS,
               'hostile/Extremes.java': EXTREMES, 'hostile/Pngs.java': PNGS, 'hostile/Threads.java': THREADS,
               'hostile/FlushInPaint.java': FLUSH_IN_PAINT, 'hostile/NotMidlet.java': NOT_A_MIDLET,
               'hostile/Stuck.java': STUCK}
    good = good_png()
    resources = {'junk.png': b'\x89PNG\r\n\x1a\n' + bytes(range(256)) * 4, 'huge.png': huge_png(),
                 'cut.png': good[:len(good) // 2], 'good.png': good}
    jad = build_suite(folder, sources, MIDLETS, resources=resources)
    return folder, jad


def describe(proc):
    return 'exit %s\nstdout:\n%s\nstderr:\n%s' % (proc.returncode, proc.stdout[-4000:], proc.stderr[-4000:])


def no_host_fault(proc):
    """Nothing of Python's own failures reaches the user."""
    for text in ('Traceback', 'kava: internal error', 'Kava internal error', 'InternalError'):
        assert text not in proc.stderr and text not in proc.stdout, describe(proc)


def run(suite, midlet, script, *options, sub=None):
    folder, jad = suite
    where = os.path.join(folder, sub or 'run-' + midlet)
    os.makedirs(where, exist_ok=True)
    proc = run_suite(os.path.abspath(jad), script, where, '--midlet', N[midlet], *options)
    no_host_fault(proc)
    return proc, where


def results(proc):
    """{probe name: result} from the MIDlet's output."""
    out = {}
    for line in proc.stdout.splitlines():
        name, _, result = line.partition(' ')
        out[name] = result
    return out


# ---------------------------------------------------------------- the host's natives

def test_host_natives_give_java_exceptions(suite):
    proc, where = run(suite, 'HostCalls', 'wait 300\nscreenshot shot.png\nquit\n')
    assert proc.returncode == 0, describe(proc)
    got = results(proc)
    expected = {
        'present-null': 'NullPointerException',
        'present-null-sized': 'NullPointerException',
        'present-short': 'IllegalArgumentException',
        'present-lying-size': 'ArrayIndexOutOfBoundsException',
        'present-negative': 'IllegalArgumentException',
        'present-overflow': 'IllegalArgumentException',
        'next-event-null': 'NullPointerException',
        'next-event-short': 'ArrayIndexOutOfBoundsException',
        'next-event-own': 'ok 99 1 2 3',       # the refused calls took no event
        'key-code-99': 'IllegalArgumentException',
        'key-code-minus-1': 'IllegalArgumentException',
        'key-code-min': 'IllegalArgumentException',
        'key-code-fire': 'ok -5',
        'app-property-null': 'NullPointerException',
        'app-property-missing': 'ok null',
        'platform-request-null': 'NullPointerException',
        'effect-null': 'NullPointerException',
        'log-null': 'NullPointerException',
        'log-surrogate': 'ok ',
        'check-permission-null': 'NullPointerException',
        'display-color-minus-1': 'ok ffffff',
        'display-color-min': 'ok 0',
        'desktop-properties': 'ok null null null null null Kava/0.1 (qvga)',
        'flood': 'ok stopped',
    }
    assert {k: got.get(k) for k in expected} == expected, describe(proc)
    # the events it posted itself: unknown kinds ignored, keys and pointer delivered as posted,
    # its PAUSE and RESUME a pause and a restart
    for line in ('posted', 'KP -2147483648', 'KP 2147483647', 'PP 0 0', 'restarted', 'DESTROY'):
        assert line in proc.stdout.splitlines(), describe(proc)
    assert proc.stderr == 'Kava: half ? pair\n', describe(proc)
    # the refused frames never reached the screen: the canvas's blue one did
    w, h, pixels = screenshot_pixels(os.path.join(where, 'shot.png'))
    assert (w, h) == (240, 320) and pixels[100 * w + 120] == 0x0000FF


def test_same_properties_in_any_folder_unless_given(suite):
    proc, _ = run(suite, 'HostCalls', 'quit\n', '-Duser.dir=/given', sub='props')
    assert results(proc)['desktop-properties'] == 'ok null /given null null null Kava/0.1 (qvga)', describe(proc)


# ---------------------------------------------------------------- lcdui at its limits

def test_extreme_arguments(suite):
    proc, _ = run(suite, 'Extremes', 'wait 500\n')
    assert proc.returncode == 0 and proc.stderr == '', describe(proc)
    assert results(proc) == {
        'image-46341': 'OutOfMemoryError',           # 46341 * 46341 pixels overflow an int
        'image-65536x65537': 'OutOfMemoryError',     # ... to 65536: never a tiny pixel array
        'image-max': 'OutOfMemoryError',
        'image-1xmax': 'OutOfMemoryError',
        'rgb-image-overflow': 'ArrayIndexOutOfBoundsException',
        'region-image-max': 'IllegalArgumentException',
        'get-rgb-overflow': 'ArrayIndexOutOfBoundsException',
        'draw-rgb-overflow': 'ArrayIndexOutOfBoundsException',
        'translate-huge': 'ok ff123456 0 0',
        'translate-huge-negative': 'ok ff123456 0 0',
        'translate-mixed': 'ok ff123456 0 0',
        'copy-area-huge': 'IllegalArgumentException',
        'copy-area-translated-back': 'ok ',
        'clip-huge': 'ok 2147483647 2147483647 0 0',
        'font-odd-chars': 'ok true true 99',
        'draw-unpaired-surrogates': 'ok ',
        'draw-string-huge-xy': 'ok ',
        'draw-string-long': 'ok true',
    }, describe(proc)


def test_malformed_png_data(suite):
    proc, _ = run(suite, 'Pngs', 'wait 500\n')
    assert proc.returncode == 0 and proc.stderr == '', describe(proc)
    got = results(proc)
    assert got.pop('png-resource-good') == 'ok 3x2', describe(proc)
    assert got.pop('png-offset-past-end') == got.pop('png-offset-overflow') == got.pop('png-negative-length') \
        == 'ArrayIndexOutOfBoundsException', describe(proc)
    assert got.pop('png-null') == 'NullPointerException', describe(proc)
    for name in ('png-empty', 'png-junk', 'png-signature-only'):
        assert got.pop(name) == 'IllegalArgumentException', describe(proc)
    assert set(got.values()) == {'IOException'}, describe(proc)     # resources and streams


# ---------------------------------------------------------------- threads

def test_repaints_serial_calls_and_flushes_from_many_threads(suite):
    proc, _ = run(suite, 'Threads', 'wait 3000\n')
    assert proc.returncode == 0 and proc.stderr == '', describe(proc)
    assert proc.stdout.splitlines() == ['board paints>0 true overlap false serials 120',
                                        'game flushes 60 overlap false', 'DESTROY'], describe(proc)


def test_flush_inside_paint_leaves_the_paint_graphics_alone(suite):
    proc, where = run(suite, 'FlushInPaint', 'wait 300\nscreenshot f.png\n')
    assert proc.returncode == 0 and proc.stderr == '', describe(proc)
    assert proc.stdout.splitlines() == ['after flush 3 4 ff00 0 0 20 30', 'DESTROY'], describe(proc)
    w, h, pixels = screenshot_pixels(os.path.join(where, 'f.png'))
    assert pixels[10 * w + 10] == 0x00FF00 and pixels[100 * w + 100] == 0xFF0000


def test_a_class_that_is_not_a_midlet_is_never_created(suite):
    proc, _ = run(suite, 'NotMidlet', 'wait 100\n')
    assert proc.returncode == 1, describe(proc)
    assert proc.stdout == '' and proc.stderr == 'Kava: hostile.NotMidlet is not a MIDlet\n', describe(proc)


# ---------------------------------------------------------------- scripts and options

def test_screenshot_that_cannot_be_written_ends_the_run(suite, tmp_path):
    blocker = tmp_path / 'a-folder'
    blocker.mkdir()
    proc, where = run(suite, 'HostCalls', 'wait 100\nscreenshot %s\nscreenshot never.png\n' % blocker,
                      sub='shotfail')
    assert proc.returncode == 1, describe(proc)
    assert 'line 2 of the script: cannot write the screenshot %s' % blocker in proc.stderr, describe(proc)
    assert 'DESTROY' in proc.stdout.splitlines(), describe(proc)      # destroyed as by quit
    assert os.listdir(str(tmp_path)) == ['a-folder'] and not os.path.exists(os.path.join(where, 'never.png'))


def test_screenshot_under_a_missing_device(suite):
    proc, _ = run(suite, 'HostCalls', 'screenshot /proc/no-such-dir/x.png\n', sub='shotproc')
    assert proc.returncode == 1 and 'cannot write the screenshot /proc/no-such-dir/x.png' in proc.stderr, \
        describe(proc)


@pytest.mark.parametrize('script, words', [
    (b'wait 100\n\xff\xfe\n', ['not UTF-8']),
    ('wait \u00b2\n'.encode('utf-8'), ['wait', 'milliseconds']),
    ('tap 1 \u00b3\n'.encode('utf-8'), ['tap', 'integers']),
])
def test_undecodable_and_odd_digit_scripts(suite, script, words):
    folder, jad = suite
    where = os.path.join(folder, 'oddscript')
    os.makedirs(where, exist_ok=True)
    path = os.path.join(where, 'odd.script')
    with open(path, 'wb') as f:
        f.write(script)
    import subprocess
    import sys
    env = dict(os.environ, PYTHONPATH=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    proc = subprocess.run([sys.executable, '-m', 'kava', 'run', '--headless', '--script', path, os.path.abspath(jad)],
                          capture_output=True, text=True, cwd=where, env=env, timeout=300)
    no_host_fault(proc)
    assert proc.returncode == 1 and proc.stdout == '', describe(proc)
    assert all(w in proc.stderr for w in words) and len(proc.stderr.splitlines()) == 1, describe(proc)


@pytest.mark.parametrize('option', [['--midlet', '\u00b2'], ['--scale', '\u00b9\u2070']])
def test_odd_digit_options(suite, option):
    proc, _ = run(suite, 'HostCalls', 'quit\n', *option, sub='oddopt')
    assert proc.returncode != 0 and 'positive number' in proc.stderr, describe(proc)


def test_window_too_large(suite):
    proc, _ = run(suite, 'HostCalls', 'quit\n', '--scale', '100000', sub='scale')
    assert proc.returncode == 1 and proc.stdout == '', describe(proc)
    assert proc.stderr.startswith('Kava: cannot open a 24000000x32000000 window (--scale 100000)'), describe(proc)


def test_pointer_off_the_screen_lands_on_its_edge(suite):
    proc, _ = run(suite, 'HostCalls', 'wait 300\ntap 99999999999999999999 150\ndrag -99999999999999999999 5 5 '
                  '99999999999999999999\n', sub='farTap')
    assert proc.returncode == 0, describe(proc)
    # the canvas's content area starts at the top (no title) on the qvga profile
    assert [line for line in proc.stdout.splitlines() if line.startswith('PP ') and line != 'PP 0 0'
            and not line.startswith('PP -1')] == ['PP 239 150', 'PP 0 5'], describe(proc)


# ---------------------------------------------------------------- malformed suites

def write_jar(path, entries):
    write_zip(path, list(entries.items()))


@pytest.mark.parametrize('name, make, words', [
    ('notzip.jar', lambda p: open(p, 'wb').write(b'not a zip at all'), ['cannot be read']),
    ('nomanifest.jar', lambda p: write_jar(p, {'a.txt': b'x'}), ['names no MIDlet']),
    ('badmanifest.jar', lambda p: write_jar(p, {'META-INF/MANIFEST.MF': b'\xff\xfe junk\n\0\n'}), ['cannot be read']),
    ('longline.jar', lambda p: write_jar(p, {'META-INF/MANIFEST.MF': b'X: ' + b'y' * 100000 + b'\n'}),
     ['too long']),
    ('noise.jad', lambda p: open(p, 'wb').write(bytes((i * 97 + 13) % 256 for i in range(3000))),
     ['JAD', 'Name: value']),
    ('folder.jad', lambda p: open(p, 'w').write('MIDlet-Jar-URL: .\n'), ['missing']),
    ('remote.jad', lambda p: open(p, 'w').write('MIDlet-Jar-URL: http://example.com/a.jar\n'), ['remote']),
    ('badentry.jad', lambda p: open(p, 'w').write('MIDlet-Jar-URL: app.jar\nMIDlet-1: only, two\n'),
     ['name, icon, class']),
])
def test_malformed_suites(suite, name, make, words):
    folder, _ = suite
    where = os.path.join(folder, 'malformed')
    os.makedirs(where, exist_ok=True)
    path = os.path.join(folder, name)      # beside app.jar, for the JADs that name it
    make(path)
    proc = run_suite(path, 'quit\n', where)
    no_host_fault(proc)
    assert proc.returncode == 1 and proc.stdout == '', describe(proc)
    assert proc.stderr.startswith('Kava: cannot run ') and all(w in proc.stderr for w in words), describe(proc)
    assert len(proc.stderr.splitlines()) == 1, describe(proc)


# ---------------------------------------------------------------- a MIDlet that will not end

@pytest.mark.parametrize('mode', ['loop', 'sleep', 'wait'])
def test_destroy_app_that_never_returns_ends_the_run(suite, mode):
    folder, jad = suite
    with open(jad, encoding='utf-8') as f:
        text = f.read()
    stuck = os.path.join(folder, 'stuck-%s.jad' % mode)
    with open(stuck, 'w', encoding='utf-8') as f:
        f.write(text + 'X-Stuck: %s\n' % mode)
    where = os.path.join(folder, 'stuck-' + mode)
    os.makedirs(where, exist_ok=True)
    proc = run_suite(stuck, 'wait 100\n', where, '--midlet', N['Stuck'])
    no_host_fault(proc)
    assert proc.returncode == 1 and proc.stdout.splitlines() == ['started', 'destroying'], describe(proc)
    assert proc.stderr == ('Kava: the MIDlet did not exit within 5 s of being told to quit (a thread still '
                           'runs or waits); the run is ended\n'), describe(proc)
