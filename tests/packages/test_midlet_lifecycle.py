"""Spec-derived end-to-end tests of the MIDlet lifecycle and the low-level Canvas/Display
event model (MIDP 2.0): key and pointer delivery, repaint regions, serviceRepaints,
callSerially, full-screen mode, show/hideNotify, suite attributes and resources,
system properties, virtual time, determinism, and how failures are reported.

One suite with several MIDlets (picked with --midlet N) is built once for the module;
each test runs one MIDlet headless under a script and reads what it printed (one event
a line) and its screenshots."""

import os
import re

import pytest

from tests.packages.midlets import build_suite, run_suite, screenshot_pixels

DEVICES = {  # name: (width, height, {key: code}) from the device profiles the brief documents
    'qvga': (240, 320, dict(UP=-1, DOWN=-2, LEFT=-3, RIGHT=-4, FIRE=-5, SOFT1=-6, SOFT2=-7, CLEAR=-8)),
    's60': (176, 220, dict(UP=-1, DOWN=-6, LEFT=-2, RIGHT=-5, FIRE=-20, SOFT1=-21, SOFT2=-22, CLEAR=-8)),
    'small': (128, 160, dict(UP=-1, DOWN=-2, LEFT=-3, RIGHT=-4, FIRE=-5, SOFT1=-6, SOFT2=-7, CLEAR=-8)),
}
# Canvas game actions
UP, DOWN, LEFT, RIGHT, FIRE, GAME_A, GAME_B, GAME_C, GAME_D = 1, 6, 2, 5, 8, 9, 10, 11, 12
ARROW_ACTIONS = {'UP': UP, 'DOWN': DOWN, 'LEFT': LEFT, 'RIGHT': RIGHT, 'FIRE': FIRE}

COMMON = '''package life;
import javax.microedition.lcdui.*;
import javax.microedition.midlet.*;
import java.io.*;
import java.util.*;
'''

LOG = '''package life;

public class Log {
    public static void p(String s) { System.out.println(s); }
}
'''

KEYS = COMMON + '''
public class Keys extends MIDlet {
    protected void startApp() {
        Log.p("START life.Keys");
        KeyCanvas c = new KeyCanvas();
        int[] actions = {Canvas.UP, Canvas.DOWN, Canvas.LEFT, Canvas.RIGHT, Canvas.FIRE,
                         Canvas.GAME_A, Canvas.GAME_B, Canvas.GAME_C, Canvas.GAME_D};
        for (int i = 0; i < actions.length; i++) {
            int code = c.getKeyCode(actions[i]);
            Log.p("GA " + actions[i] + " " + code + " " + c.getGameAction(code) + " " + c.getKeyName(code));
        }
        try { c.getGameAction(0); Log.p("GA0 none"); } catch (IllegalArgumentException e) { Log.p("GA0 IAE"); }
        try { c.getKeyName(0); Log.p("KN0 none"); } catch (IllegalArgumentException e) { Log.p("KN0 IAE"); }
        try { c.getKeyCode(0); Log.p("KC0 none"); } catch (IllegalArgumentException e) { Log.p("KC0 IAE"); }
        try { c.getKeyCode(77); Log.p("KC77 none"); } catch (IllegalArgumentException e) { Log.p("KC77 IAE"); }
        c.setTicker(new Ticker("ticker"));
        Display.getDisplay(this).setCurrent(c);
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) { Log.p("DESTROY " + unconditional); }
}

class KeyCanvas extends Canvas {
    boolean reported;
    protected void paint(Graphics g) {
        if (!reported) { reported = true; Log.p("DIM " + getWidth() + " " + getHeight()); }
        g.setColor(0x00FF00);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
    protected void keyPressed(int k) {
        String name;
        try { name = getKeyName(k); } catch (IllegalArgumentException e) { name = "<IAE>"; }
        Log.p("KP " + k + " " + getGameAction(k) + " " + (name == null ? "<null>" : name.length() == 0 ? "<empty>" : "ok"));
    }
    protected void keyReleased(int k) { Log.p("KR " + k); }
    protected void pointerPressed(int x, int y) { Log.p("PP " + x + " " + y); }
    protected void pointerReleased(int x, int y) { Log.p("PR " + x + " " + y); }
    protected void pointerDragged(int x, int y) { Log.p("PD " + x + " " + y); }
}
'''

PAINTS = COMMON + '''
public class Paints extends MIDlet {
    protected void startApp() {
        Log.p("START life.Paints");
        Display d = Display.getDisplay(this);
        d.setCurrent(new PaintCanvas(d));
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) { Log.p("DESTROY " + unconditional); }
}

class PaintCanvas extends Canvas {
    final Display display;
    int color = 0xFF0000;
    int paints;
    int step;
    Other other;
    PaintCanvas(Display d) { display = d; setFullScreenMode(true); }
    protected void paint(Graphics g) {
        paints++;
        Log.p("PAINT " + paints + " " + g.getClipX() + "," + g.getClipY() + "," + g.getClipWidth() + ","
              + g.getClipHeight() + " " + getWidth() + "x" + getHeight());
        g.setColor(color);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
    protected void showNotify() { Log.p("SHOW P " + isShown()); }
    protected void hideNotify() { Log.p("HIDE P"); }
    protected void sizeChanged(int w, int h) { Log.p("SIZE " + w + " " + h); }
    protected void keyPressed(int k) {
        step++;
        Log.p("KEY " + step);
        if (step == 1) {
            color = 0x0000FF;
            repaint(10, 20, 30, 40);
        } else if (step == 2) {
            color = 0x00FF00;
            int before = paints;
            repaint();
            serviceRepaints();
            Log.p("SERVICED " + before + " " + paints);
        } else if (step == 3) {
            color = 0xFFFF00;
            repaint();
            display.callSerially(new Runnable() { public void run() { Log.p("SERIAL1 " + paints); } });
            display.callSerially(new Runnable() { public void run() { Log.p("SERIAL2 " + paints); } });
            Log.p("QUEUED " + paints);
        } else if (step == 4) {
            color = 0x00FFFF;
            Log.p("H_BEFORE " + getHeight());
            setFullScreenMode(false);
            Log.p("H_AFTER " + getHeight());
        } else if (step == 5) {
            color = 0x808080;
            setFullScreenMode(true);
            Log.p("H_FULL " + getHeight());
        } else if (step == 6) {
            other = new Other(this);
            display.setCurrent(other);
            Log.p("SETCURRENT Q");
        } else if (step == 7) {
            Log.p("CURRENT_IS_P " + (display.getCurrent() == this) + " " + isShown() + " " + other.isShown());
        } else if (step == 8) {
            // a region repaint partly outside the canvas, and an empty one
            color = 0x000080;
            repaint(-10, -10, 25, 25);
            repaint(100, 100, 0, 50);
        } else if (step == 9) {
            // two regions requested before the paint: both get painted
            color = 0x008000;
            repaint(0, 200, 10, 10);
            repaint(50, 260, 10, 10);
        }
    }
}

class Other extends Canvas {
    final PaintCanvas back;
    Other(PaintCanvas p) { back = p; setFullScreenMode(true); }
    protected void paint(Graphics g) {
        g.setColor(0xFF00FF);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
    protected void showNotify() { Log.p("SHOW Q " + isShown()); }
    protected void hideNotify() { Log.p("HIDE Q"); }
    protected void keyPressed(int k) {
        Log.p("QKEY " + k);
        back.display.setCurrent(back);
    }
}
'''

LIFE = COMMON + '''
public class Life extends MIDlet {
    static int starts;
    public Life() { Log.p("CONSTRUCT"); }
    protected void startApp() {
        starts++;
        Log.p("STARTAPP " + starts);
        Log.p("START life.Life");
        String[] keys = {"X-Both", "X-JadOnly", "X-ManifestOnly", "X-Missing", "MIDlet-Name", "MIDlet-Vendor"};
        for (int i = 0; i < keys.length; i++) { Log.p("PROP " + keys[i] + "=" + getAppProperty(keys[i])); }
        String[] sys = {"microedition.platform", "microedition.profiles", "microedition.configuration",
                        "microedition.locale", "microedition.encoding"};
        for (int i = 0; i < sys.length; i++) { Log.p("SYS " + sys[i] + "=" + System.getProperty(sys[i])); }
        String[] res = {"/data/hello.txt", "rel.txt", "/life/rel.txt", "/missing.txt", "data/hello.txt"};
        for (int i = 0; i < res.length; i++) { Log.p("RES " + res[i] + "=" + read(res[i])); }
        if (canvas == null) { canvas = new FullCanvas(); }
        Display.getDisplay(this).setCurrent(canvas);
    }
    FullCanvas canvas;
    String read(String name) {
        InputStream in = getClass().getResourceAsStream(name);
        if (in == null) { return "<null>"; }
        try {
            StringBuffer b = new StringBuffer();
            int c;
            while ((c = in.read()) != -1) { b.append((char) c); }
            in.close();
            return b.toString();
        } catch (IOException e) {
            return "<" + e + ">";
        }
    }
    protected void pauseApp() { Log.p("PAUSEAPP"); }
    protected void destroyApp(boolean unconditional) { Log.p("DESTROYAPP " + unconditional); }
}

class FullCanvas extends Canvas {
    FullCanvas() { setFullScreenMode(true); }
    protected void showNotify() { Log.p("SHOW"); }
    protected void hideNotify() { Log.p("HIDE"); }
    protected void keyPressed(int k) { Log.p("KP " + k); }
    protected void paint(Graphics g) {
        Log.p("DIM " + getWidth() + " " + getHeight());
        g.setColor(0x123456);
        g.fillRect(0, 0, getWidth(), getHeight());
    }
}
'''

SELF_DESTROY = COMMON + '''
public class SelfDestroy extends MIDlet {
    protected void startApp() {
        Log.p("START life.SelfDestroy");
        final MIDlet self = this;
        Display.getDisplay(this).setCurrent(new Canvas() {
            protected void paint(Graphics g) { g.setColor(0); g.fillRect(0, 0, getWidth(), getHeight()); }
            protected void keyPressed(int k) { Log.p("BYE"); self.notifyDestroyed(); }
        });
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) { Log.p("DESTROYAPP " + unconditional); }
}
'''

THROWER = COMMON + '''
public class Thrower extends MIDlet {
    protected void startApp() {
        Log.p("START life.Thrower");
        throw new IllegalStateException("boom in startApp");
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {}
}
'''

CLOCK = COMMON + '''
public class Clock extends MIDlet {
    static final Vector sleeps = new Vector();
    static final Vector timers = new Vector();
    protected void startApp() {
        Log.p("START life.Clock");
        Display.getDisplay(this).setCurrent(new ClockCanvas());
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {
        StringBuffer b = new StringBuffer("SLEEPS");
        synchronized (sleeps) { for (int i = 0; i < sleeps.size(); i++) { b.append(' ').append(sleeps.elementAt(i)); } }
        Log.p(b.toString());
        b = new StringBuffer("TIMERS");
        synchronized (timers) { for (int i = 0; i < timers.size(); i++) { b.append(' ').append(timers.elementAt(i)); } }
        Log.p(b.toString());
    }
    static void start() {
        new Thread() {
            public void run() {
                Object lock = new Object();
                long t0 = System.currentTimeMillis();
                try {
                    synchronized (lock) { lock.wait(250); }
                } catch (InterruptedException e) {
                }
                Log.p("OWAIT " + (System.currentTimeMillis() - t0));
            }
        }.start();
        new Thread() {
            public void run() {
                try {
                    while (true) {
                        Thread.sleep(100);
                        synchronized (sleeps) { sleeps.addElement(new Long(System.currentTimeMillis())); }
                    }
                } catch (InterruptedException e) {
                }
            }
        }.start();
        new Timer().scheduleAtFixedRate(new TimerTask() {
            public void run() {
                synchronized (timers) { timers.addElement(new Long(System.currentTimeMillis())); }
            }
        }, 100, 100);
    }
    static int count(Vector v) { synchronized (v) { return v.size(); } }
}

class ClockCanvas extends Canvas {
    ClockCanvas() { setFullScreenMode(true); }
    protected void paint(Graphics g) { g.setColor(0xFFFFFF); g.fillRect(0, 0, getWidth(), getHeight()); }
    protected void keyPressed(int k) {
        if (k == KEY_NUM1) { Clock.start(); }
        Log.p("KP " + (char) k + " " + System.currentTimeMillis() + " " + Clock.count(Clock.sleeps) + " "
              + Clock.count(Clock.timers));
    }
    protected void keyReleased(int k) {
        Log.p("KR " + (char) k + " " + System.currentTimeMillis() + " " + Clock.count(Clock.sleeps) + " "
              + Clock.count(Clock.timers));
    }
}
'''

ANIM = COMMON + '''
public class Anim extends MIDlet {
    protected void startApp() {
        Log.p("START life.Anim");
        final AnimCanvas c = new AnimCanvas();
        Display.getDisplay(this).setCurrent(c);
        new Timer().schedule(new TimerTask() { public void run() { c.tick(); } }, 0, 40);
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {}
}

class AnimCanvas extends Canvas {
    final long t0 = System.currentTimeMillis();
    int frames;
    int taps;
    Random random = new Random(42);
    AnimCanvas() { setFullScreenMode(true); }
    void tick() { frames++; repaint(); }
    protected void paint(Graphics g) {
        long t = System.currentTimeMillis() - t0;
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(0x2040C0);
        g.fillRect((int) (t / 7 % 200), 40 + frames % 50, 20, 20);
        g.setColor(0xC02020);
        g.fillArc(100, (int) (t / 13 % 150), 40, 30, (int) (t % 360), 120);
        g.setColor(0);
        g.drawString("t=" + t + " f=" + frames + " taps=" + taps, 2, 2, Graphics.TOP | Graphics.LEFT);
    }
    protected void pointerPressed(int x, int y) { taps++; repaint(); }
    protected void keyPressed(int k) { frames += 1000; repaint(); }
}
'''

MISC = COMMON + '''
public class Misc extends MIDlet {
    protected void startApp() {
        Log.p("START life.Misc");
        Display d = Display.getDisplay(this);
        Log.p("SAME_DISPLAY " + (d == Display.getDisplay(this)));
        Log.p("ALPHA " + d.numAlphaLevels());
        MiscCanvas c = new MiscCanvas(d);
        c.repaint();
        c.serviceRepaints();
        Log.p("NOT_SHOWN_PAINTS " + c.paints + " " + c.isShown());
        Log.p("REPEATS " + c.hasRepeatEvents());
        d.setCurrent(c);
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean unconditional) {}
}

class MiscCanvas extends Canvas {
    final Display d;
    int paints;
    static Thread first;
    MiscCanvas(Display d) { this.d = d; setFullScreenMode(true); }
    static String thread() {
        if (first == null) { first = Thread.currentThread(); }
        return Thread.currentThread() == first ? "same" : "other";
    }
    protected void paint(Graphics g) {
        paints++;
        Log.p("PAINT " + paints + " color=" + Integer.toHexString(g.getColor()) + " font="
              + (g.getFont() == Font.getDefaultFont()) + " stroke=" + g.getStrokeStyle() + " t=" + g.getTranslateX()
              + "," + g.getTranslateY() + " shown=" + isShown() + " thread=" + thread());
        g.setColor(0xFFFFFF);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setColor(0x123456);
        g.setFont(Font.getFont(Font.FACE_MONOSPACE, Font.STYLE_BOLD, Font.SIZE_LARGE));
        g.setStrokeStyle(Graphics.DOTTED);
        g.translate(7, 9);
    }
    protected void keyPressed(int k) {
        Log.p("KP " + k + " thread=" + thread());
        if (k == KEY_NUM1) {
            repaint();
        } else if (k == KEY_NUM2) {
            d.callSerially(new Runnable() {
                public void run() {
                    Log.p("SERIAL A thread=" + thread());
                    d.callSerially(new Runnable() { public void run() { Log.p("SERIAL C thread=" + thread()); } });
                }
            });
            d.callSerially(new Runnable() { public void run() { Log.p("SERIAL B thread=" + thread()); } });
        } else if (k == KEY_NUM3) {
            new Thread() {
                public void run() {
                    d.callSerially(new Runnable() { public void run() { Log.p("SERIAL X thread=" + thread()); } });
                }
            }.start();
        }
    }
    protected void keyRepeated(int k) { Log.p("REP " + k); }
    protected void keyReleased(int k) { Log.p("KR " + k); }
}
'''

MIDLETS = [('Keys', 'life.Keys'), ('Paints', 'life.Paints'), ('Life', 'life.Life'),
           ('SelfDestroy', 'life.SelfDestroy'), ('Thrower', 'life.Thrower'), ('Clock', 'life.Clock'),
           ('Anim', 'life.Anim'), ('Misc', 'life.Misc'), ('Missing', 'life.Missing')]
N = {name: n for n, (name, _) in enumerate(MIDLETS, 1)}


def number(name):
    return str(N[name])


@pytest.fixture(scope='module')
def suite(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp('life'))
    sources = {'life/Log.java': LOG, 'life/Keys.java': KEYS, 'life/Paints.java': PAINTS, 'life/Life.java': LIFE,
               'life/SelfDestroy.java': SELF_DESTROY, 'life/Thrower.java': THROWER, 'life/Clock.java': CLOCK,
               'life/Anim.java': ANIM, 'life/Misc.java': MISC}
    resources = {'data/hello.txt': b'Hello resource', 'life/rel.txt': b'relative one'}
    attributes = {'X-Both': 'from-manifest', 'X-ManifestOnly': 'only-manifest'}
    jad = build_suite(folder, sources, MIDLETS, resources=resources, attributes=attributes)
    # The JAD overrides X-Both, adds X-JadOnly and leaves X-ManifestOnly to the manifest.
    with open(jad, encoding='utf-8') as f:
        lines = [line for line in f.read().splitlines() if not line.startswith('X-ManifestOnly:')]
    lines = [('X-Both: from-jad' if line.startswith('X-Both:') else line) for line in lines] + ['X-JadOnly: only-jad']
    with open(jad, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    return folder, jad


def run(suite, script, *options, sub=None):
    """Run in its own folder; returns (CompletedProcess, folder, stdout lines)."""
    folder, jad = suite
    where = os.path.join(folder, sub or 'run')
    os.makedirs(where, exist_ok=True)
    proc = run_suite(os.path.abspath(jad), script, where, *options)
    return proc, where, proc.stdout.splitlines()


def describe(proc):
    return 'exit %s\nstdout:\n%s\nstderr:\n%s' % (proc.returncode, proc.stdout[-3000:], proc.stderr[-3000:])


def no_python_traceback(proc):
    assert 'Traceback (most recent call last)' not in proc.stderr, describe(proc)


# ---------------------------------------------------------------- keys and pointer

# (soft keys and CLEAR reach a Canvas that has no commands: docs/phone.md)
KEY_SEQUENCE = [str(d) for d in range(10)] + ['STAR', 'POUND', 'UP', 'DOWN', 'LEFT', 'RIGHT', 'FIRE', 'SOFT1', 'SOFT2',
                                              'CLEAR']
TAPS = [(10, 100), (200, 150), (0, 120)]


def key_code(device, name):
    if name.isdigit():
        return ord(name)
    return {'STAR': 42, 'POUND': 35}.get(name) or DEVICES[device][2][name]


@pytest.fixture(scope='module', params=['qvga', 's60'])
def keys_run(request, suite):
    device = request.param
    script = ['wait 200', 'screenshot keys.png'] + ['key ' + k for k in KEY_SEQUENCE]
    script += ['tap %d %d' % t for t in TAPS] + ['quit']
    proc, where, lines = run(suite, '\n'.join(script) + '\n', '--device', device, '--midlet', number('Keys'),
                             sub='keys_' + device)
    return device, proc, where, lines


def test_keys_run_ok(keys_run):
    device, proc, where, lines = keys_run
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    assert lines[0] == 'START life.Keys' and lines[-1] == 'DESTROY true', describe(proc)


def test_key_codes_delivered(keys_run):
    """Each `key NAME` gives keyPressed then keyReleased with the device's code; digits,
    '*' and '#' are KEY_NUM0..9, KEY_STAR (42) and KEY_POUND (35) on every device."""
    device, proc, where, lines = keys_run
    events = [line for line in lines if line.startswith(('KP ', 'KR '))]
    expected = []
    for name in KEY_SEQUENCE:
        expected += ['KP %d' % key_code(device, name), 'KR %d' % key_code(device, name)]
    assert [' '.join(e.split()[:2]) for e in events] == expected, describe(proc)


def test_game_actions_of_keys(keys_run):
    device, proc, where, lines = keys_run
    pressed = {int(line.split()[1]): line.split() for line in lines if line.startswith('KP ')}
    for name, action in ARROW_ACTIONS.items():
        assert int(pressed[key_code(device, name)][2]) == action, name
    for name in ('SOFT1', 'SOFT2', 'CLEAR'):
        assert int(pressed[key_code(device, name)][2]) == 0, 'a soft key is no game action'
    for fields in pressed.values():
        assert fields[3] == 'ok', 'getKeyName gave %s for %s' % (fields[3], fields[1])
        assert int(fields[2]) in (0, UP, DOWN, LEFT, RIGHT, FIRE, GAME_A, GAME_B, GAME_C, GAME_D)


def test_get_key_code_round_trip(keys_run):
    """getKeyCode(a) is a key whose game action is a, for every game action; arrows and
    FIRE are the device's keys; invalid key codes and game actions are refused."""
    device, proc, where, lines = keys_run
    ga = [line.split() for line in lines if line.startswith('GA ')]
    assert len(ga) == 9, describe(proc)
    for _, action, code, back, *name in ga:
        assert back == action, 'getGameAction(getKeyCode(%s)) = %s' % (action, back)
        assert name and name[0], 'getKeyName of %s' % code
    codes = {int(a): int(c) for _, a, c, _, *_ in ga}
    for name, action in ARROW_ACTIONS.items():
        assert codes[action] == DEVICES[device][2][name]
    assert 'GA0 IAE' in lines and 'KN0 IAE' in lines and 'KC0 IAE' in lines and 'KC77 IAE' in lines, describe(proc)


def content_area(where, color=0x00FF00):
    width, height, pixels = screenshot_pixels(os.path.join(where, 'keys.png'))
    ys = sorted({i // width for i, p in enumerate(pixels) if p == color})
    xs = sorted({i % width for i, p in enumerate(pixels) if p == color})
    return xs[0], ys[0], xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1, (width, height)


def test_canvas_area_and_pointer(keys_run):
    """A non-full-screen Canvas with a Ticker: the painted area is exactly getWidth() x
    getHeight() below the ticker; taps arrive in canvas coordinates."""
    device, proc, where, lines = keys_run
    width, height, _ = DEVICES[device]
    dim = [line.split() for line in lines if line.startswith('DIM ')][0]
    cw, ch = int(dim[1]), int(dim[2])
    x0, top, aw, ah, size = content_area(where)
    assert size == (width, height)
    assert (x0, aw) == (0, cw) and ah == ch, 'painted %s, canvas says %dx%d' % ((x0, top, aw, ah), cw, ch)
    assert top > 0 and ch < height, 'the ticker takes room above the canvas'
    pointer = [line for line in lines if line.startswith(('PP ', 'PR ', 'PD '))]
    expected = []
    for x, y in TAPS:
        assert top <= y < top + ch
        x = min(x, width - 1)         # a tap off the screen lands on its edge (docs/phone.md)
        expected += ['PP %d %d' % (x, y - top), 'PR %d %d' % (x, y - top)]
    assert pointer == expected, describe(proc)


# ---------------------------------------------------------------- painting and Display

@pytest.fixture(scope='module')
def paints_run(suite):
    script = ['wait 200', 'screenshot p0.png']
    for shot in range(1, 11):        # 10 keys: P's steps 1-6, one for Q, P's steps 7 to 9
        script += ['key 5', 'screenshot p%d.png' % shot]
    script += ['quit']
    proc, where, lines = run(suite, '\n'.join(script) + '\n', '--midlet', number('Paints'), sub='paints')
    shots = {}
    for n in range(11):
        path = os.path.join(where, 'p%d.png' % n)
        if os.path.exists(path):
            shots[n] = screenshot_pixels(path)
    return proc, lines, shots


def section(lines, step):
    """The lines printed from KEY step up to the next KEY."""
    start = lines.index('KEY %d' % step)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith('KEY ')), len(lines))
    return lines[start:end]


def region(shot, color):
    w, h, pixels = shot
    return {(i % w, i // w) for i, p in enumerate(pixels) if p == color}


def test_paints_run_ok(paints_run):
    proc, lines, shots = paints_run
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    assert len(shots) == 11, describe(proc)


def test_first_paint_full_screen(paints_run):
    proc, lines, shots = paints_run
    first = next(line for line in lines if line.startswith('PAINT '))
    assert first.split()[2:] == ['0,0,240,320', '240x320'], first
    assert region(shots[0], 0xFF0000) == {(x, y) for x in range(240) for y in range(320)}


def test_repaint_region_only(paints_run):
    """repaint(10, 20, 30, 40): paint fills the whole canvas but only that region changes,
    and the clip paint() gets is that region."""
    proc, lines, shots = paints_run
    paints = [line for line in section(lines, 1) if line.startswith('PAINT ')]
    assert len(paints) == 1 and paints[0].split()[2] == '10,20,30,40', describe(proc)
    blue = region(shots[1], 0x0000FF)
    assert blue == {(x, y) for x in range(10, 40) for y in range(20, 60)}
    assert len(region(shots[1], 0xFF0000)) == 240 * 320 - 30 * 40


def test_service_repaints_paints_before_returning(paints_run):
    proc, lines, shots = paints_run
    sec = section(lines, 2)
    serviced = [line for line in sec if line.startswith('SERVICED ')]
    assert serviced, describe(proc)
    before, after = map(int, serviced[0].split()[1:])
    assert after == before + 1
    assert sec.index(serviced[0]) > next(i for i, line in enumerate(sec) if line.startswith('PAINT '))
    assert len(region(shots[2], 0x00FF00)) == 240 * 320


def test_call_serially_after_repaints_in_order(paints_run):
    proc, lines, shots = paints_run
    sec = section(lines, 3)
    kinds = [line.split()[0] for line in sec]
    assert kinds == ['KEY', 'QUEUED', 'PAINT', 'SERIAL1', 'SERIAL2'], describe(proc)
    queued = int(sec[1].split()[1])
    assert int(sec[3].split()[1]) == queued + 1, 'the pending repaint ran before the serial call'


def test_full_screen_mode_changes_height(paints_run):
    proc, lines, shots = paints_run
    sec4, sec5 = section(lines, 4), section(lines, 5)
    before = int(next(line for line in sec4 if line.startswith('H_BEFORE')).split()[1])
    after = int(next(line for line in sec4 if line.startswith('H_AFTER')).split()[1])
    assert before == 320 and 0 < after < 320
    assert 'SIZE 240 %d' % after in sec4, 'sizeChanged after leaving full-screen mode:\n' + describe(proc)
    full = int(next(line for line in sec5 if line.startswith('H_FULL')).split()[1])
    assert full == 320
    assert 'SIZE 240 320' in sec5, describe(proc)
    # the normal-mode paint covered exactly the top 240 x after pixels (cyan), the rest is chrome
    cyan = region(shots[4], 0x00FFFF)
    assert cyan == {(x, y) for x in range(240) for y in range(after)} or \
        (len(cyan) == 240 * after and len({y for _, y in cyan}) == after), 'canvas area in normal mode'
    assert len(region(shots[5], 0x808080)) == 240 * 320


def test_show_hide_notify_on_set_current(paints_run):
    """setCurrent(Q) from P: P.hideNotify, Q.showNotify, Q painted; the next key goes to Q,
    which shows P again (Q.hideNotify, P.showNotify). showNotify comes before the first paint."""
    proc, lines, shots = paints_run
    k6, q, k7 = lines.index('KEY 6'), lines.index('QKEY 53'), lines.index('KEY 7')
    to_q, to_p = lines[k6:q], lines[q:k7]
    assert 'HIDE P' in to_q and 'SHOW Q true' in to_q, describe(proc)
    assert to_q.index('HIDE P') < to_q.index('SHOW Q true')
    assert 'HIDE Q' in to_p and 'SHOW P true' in to_p, describe(proc)
    assert to_p.index('HIDE Q') < to_p.index('SHOW P true')
    assert len(region(shots[6], 0xFF00FF)) == 240 * 320
    assert len(region(shots[7], 0x808080)) == 240 * 320, 'P painted again when shown again'
    assert 'CURRENT_IS_P true true false' in section(lines, 7)
    first_show = next(line for line in lines if line.startswith('SHOW P'))
    assert lines.index(first_show) < lines.index(next(line for line in lines if line.startswith('PAINT ')))


def test_repaint_region_clipped_to_canvas(paints_run):
    proc, lines, shots = paints_run
    paints = [line for line in section(lines, 8) if line.startswith('PAINT ')]
    assert len(paints) == 1 and paints[0].split()[2] == '0,0,15,15', describe(proc)
    assert region(shots[9], 0x000080)  # screenshot 7 follows the key Q took == {(x, y) for x in range(15) for y in range(15)}


def test_two_repaint_regions(paints_run):
    """Two repaint regions requested together: both are painted (the paints' clips cover
    them), nothing outside their bounding box changes."""
    proc, lines, shots = paints_run
    clips = [tuple(map(int, line.split()[2].split(','))) for line in section(lines, 9) if line.startswith('PAINT ')]
    assert clips, describe(proc)
    covered = set()
    for x, y, w, h in clips:
        covered |= {(i, j) for i in range(x, x + w) for j in range(y, y + h)}
    wanted = {(i, j) for i in range(10) for j in range(200, 210)} | {(i, j) for i in range(50, 60) for j in range(260, 270)}
    assert wanted <= covered
    green = region(shots[10], 0x008000)
    assert wanted <= green <= {(i, j) for i in range(60) for j in range(200, 270)}
    before, after = shots[9][2], shots[10][2]
    changed = {(k % 240, k // 240) for k in range(240 * 320) if before[k] != after[k]}
    assert changed == green


# ---------------------------------------------------------------- lifecycle

@pytest.fixture(scope='module')
def life_runs(suite):
    out = {}
    for device in DEVICES:
        out[device] = run(suite, 'wait 200\nscreenshot life.png\nkey 1\nwait 100\nquit\n', '--device', device,
                          '--midlet', number('Life'), sub='life_' + device)
    return out


def test_lifecycle_start_once_destroy_on_quit(life_runs):
    proc, where, lines = life_runs['qvga']
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    life = [line for line in lines if line in ('CONSTRUCT', 'PAUSEAPP') or line.startswith(('STARTAPP', 'DESTROYAPP'))]
    assert life == ['CONSTRUCT', 'STARTAPP 1', 'DESTROYAPP true'], describe(proc)
    assert lines[-1] == 'DESTROYAPP true'


def test_pause_and_resume(suite):
    """The device takes the screen (script `pause`): pauseApp and hideNotify, no input
    meanwhile; `resume`: startApp again and showNotify; quit destroys."""
    proc, where, lines = run(suite, 'wait 200\npause\nkey 1\nwait 100\nresume\nkey 2\nquit\n',
                             '--midlet', number('Life'), sub='pause')
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    events = [line for line in lines if line in ('CONSTRUCT', 'PAUSEAPP', 'SHOW', 'HIDE')
              or line.startswith(('STARTAPP', 'DESTROYAPP', 'KP '))]
    assert events[:2] == ['CONSTRUCT', 'STARTAPP 1'] and events[-1] == 'DESTROYAPP true', describe(proc)
    s2 = events.index('STARTAPP 2')
    assert 'PAUSEAPP' in events[:s2] and 'HIDE' in events[:s2] and 'SHOW' in events[:s2]
    assert 'KP 49' not in events, 'a paused MIDlet got a key'
    assert 'SHOW' in events[s2:] and 'KP 50' in events[s2:]
    assert events.index('KP 50') > events.index('SHOW', s2)
    assert events.count('PAUSEAPP') == 1


@pytest.mark.parametrize('device', list(DEVICES))
def test_full_screen_canvas_size_per_device(life_runs, device):
    proc, where, lines = life_runs[device]
    width, height, _ = DEVICES[device]
    assert proc.returncode == 0, describe(proc)
    dims = {line for line in lines if line.startswith('DIM ')}
    assert dims == {'DIM %d %d' % (width, height)}, describe(proc)
    w, h, pixels = screenshot_pixels(os.path.join(where, 'life.png'))
    assert (w, h) == (width, height)
    # 0x123456 as the device shows it: one color everywhere
    assert len(set(pixels)) == 1


def test_app_properties_jad_over_manifest(life_runs):
    proc, where, lines = life_runs['qvga']
    props = dict(line[5:].split('=', 1) for line in lines if line.startswith('PROP '))
    assert props == {'X-Both': 'from-jad', 'X-JadOnly': 'only-jad', 'X-ManifestOnly': 'only-manifest',
                     'X-Missing': 'null', 'MIDlet-Name': 'Test Suite', 'MIDlet-Vendor': 'Kava Tests'}, describe(proc)


def test_app_properties_from_jar_alone(suite):
    folder, jad = suite
    jar = os.path.join(folder, 'app.jar')
    where = os.path.join(folder, 'jar_only')
    os.makedirs(where, exist_ok=True)
    proc = run_suite(jar, 'wait 100\nquit\n', where, '--midlet', number('Life'))
    assert proc.returncode == 0, describe(proc)
    props = dict(line[5:].split('=', 1) for line in proc.stdout.splitlines() if line.startswith('PROP '))
    assert props['X-Both'] == 'from-manifest' and props['X-JadOnly'] == 'null'


def test_system_properties(life_runs):
    proc, where, lines = life_runs['qvga']
    props = dict(line[4:].split('=', 1) for line in lines if line.startswith('SYS '))
    assert len(props) == 5, describe(proc)
    assert all(v and v != 'null' for v in props.values()), props
    assert 'MIDP-2.0' in props['microedition.profiles'].split()
    assert props['microedition.configuration'].startswith('CLDC-')


def test_resources(life_runs):
    """getResourceAsStream: absolute names from the JAR's root, relative ones from the
    class's package; a missing entry is null."""
    proc, where, lines = life_runs['qvga']
    res = dict(line[4:].split('=', 1) for line in lines if line.startswith('RES '))
    assert res == {'/data/hello.txt': 'Hello resource', 'rel.txt': 'relative one', '/life/rel.txt': 'relative one',
                   '/missing.txt': '<null>', 'data/hello.txt': '<null>'}, describe(proc)


def test_midlet_number_picks_the_midlet(suite):
    proc, where, lines = run(suite, 'wait 100\nquit\n', '--midlet', '2', sub='pick2')
    assert proc.returncode == 0, describe(proc)
    assert lines[0] == 'START life.Paints'
    proc, where, lines = run(suite, 'wait 100\nquit\n', sub='pick_default')
    assert proc.returncode == 0, describe(proc)
    assert lines[0] == 'START life.Keys'


def test_notify_destroyed_exits_without_destroy_app(suite):
    proc, where, lines = run(suite, 'wait 100\nkey 5\nwait 100\nscreenshot after.png\nkey 5\nquit\n',
                             '--midlet', number('SelfDestroy'), sub='selfdestroy')
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    assert lines == ['START life.SelfDestroy', 'BYE'], describe(proc)


def message_lines(proc):
    """stderr lines other than the run's own summary of the screenshots it wrote."""
    return [line for line in proc.stderr.splitlines() if line.strip() and not re.match(r'Kava: wrote \d+ screenshot', line)]


def not_all_white(path):
    w, h, pixels = screenshot_pixels(path)
    return any(p != 0xFFFFFF for p in pixels)


def test_exception_in_start_app(suite):
    proc, where, lines = run(suite, 'wait 300\nscreenshot error.png\nquit\n', '--midlet', number('Thrower'),
                             sub='thrower')
    assert proc.returncode == 1, describe(proc)
    no_python_traceback(proc)
    naming = [line for line in proc.stderr.splitlines() if line.startswith('Kava:')
              and 'IllegalStateException' in line and 'boom in startApp' in line]
    assert len(naming) == 1, describe(proc)
    assert not_all_white(os.path.join(where, 'error.png')), 'no error screen'


def test_exception_in_start_app_one_line(suite):
    """The brief: one line on stderr naming the exception (a stack trace is extra noise)."""
    proc, where, lines = run(suite, 'wait 300\nquit\n', '--midlet', number('Thrower'), sub='thrower1')
    assert len(message_lines(proc)) == 1, describe(proc)


def test_missing_midlet_class(suite):
    proc, where, lines = run(suite, 'wait 300\nscreenshot error.png\nquit\n', '--midlet', number('Missing'),
                             sub='missing')
    assert proc.returncode == 1, describe(proc)
    no_python_traceback(proc)
    assert 'life.Missing' in proc.stderr, describe(proc)
    assert len(message_lines(proc)) == 1, describe(proc)
    assert not_all_white(os.path.join(where, 'error.png')), 'no error screen'


def test_wrong_jar_size_refused(suite):
    folder, jad = suite
    with open(jad, encoding='utf-8') as f:
        text = f.read()
    size = int(re.search(r'MIDlet-Jar-Size: (\d+)', text).group(1))
    bad = os.path.join(folder, 'badsize.jad')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write(text.replace('MIDlet-Jar-Size: %d' % size, 'MIDlet-Jar-Size: %d' % (size + 7)))
    where = os.path.join(folder, 'badsize')
    os.makedirs(where, exist_ok=True)
    proc = run_suite(bad, 'wait 100\nquit\n', where)
    assert proc.returncode != 0, describe(proc)
    no_python_traceback(proc)
    assert 'MIDlet-Jar-Size' in proc.stderr and proc.stdout == '', describe(proc)


# ---------------------------------------------------------------- virtual time

CLOCK_SCRIPT = '''wait 200
press 1
release 1
wait 1050
press 2
wait 1000
release 2
wait 30
press 3
release 3
quit
'''


@pytest.fixture(scope='module')
def clock_run(suite):
    proc, where, lines = run(suite, CLOCK_SCRIPT, '--midlet', number('Clock'), sub='clock')
    events = {}
    for line in lines:
        if line.startswith(('KP ', 'KR ')):
            kind, key, now, sleeps, timers = line.split()
            events[kind + key] = (int(now), int(sleeps), int(timers))
    stamps = {}
    for line in lines:
        if line.startswith(('SLEEPS', 'TIMERS')):
            stamps[line.split()[0]] = [int(v) for v in line.split()[1:]]
    owait = [int(line.split()[1]) for line in lines if line.startswith('OWAIT ')]
    return proc, events, stamps, owait


def test_object_wait_timeout_follows_the_clock(clock_run):
    proc, events, stamps, owait = clock_run
    assert owait == [250], describe(proc)


def test_clock_run_ok(clock_run):
    proc, events, stamps, owait = clock_run
    assert proc.returncode == 0, describe(proc)
    assert set(events) == {'KP1', 'KR1', 'KP2', 'KR2', 'KP3', 'KR3'}, describe(proc)
    assert set(stamps) == {'SLEEPS', 'TIMERS'}


def test_wait_advances_the_clock_exactly(clock_run):
    """press 2 / wait 1000 / release 2 against press 3 / release 3 (the same handlers, no
    wait): the difference is exactly the 1000 ms of the wait."""
    proc, events, stamps, owait = clock_run
    with_wait = events['KR2'][0] - events['KP2'][0]
    without = events['KR3'][0] - events['KP3'][0]
    assert 0 <= without < 40, 'settling after a key costs little virtual time: %d' % without
    assert with_wait - without == 1000


def test_sleep_and_timer_periods_are_exact(clock_run):
    """Thread.sleep(100) loops and a fixed-rate Timer of 100 ms follow the virtual clock:
    consecutive ticks exactly 100 ms apart."""
    proc, events, stamps, owait = clock_run
    for name in ('SLEEPS', 'TIMERS'):
        s = stamps[name]
        assert len(s) >= 20, name
        assert all(b - a == 100 for a, b in zip(s, s[1:])), '%s: %s' % (name, s)
        assert events['KP1'][0] <= s[0] - 100 < events['KP1'][0] + 40, 'first tick 100 ms after the start'


def test_ticks_per_wait(clock_run):
    """Ticks start at the press of 1 (time p). press 2 comes at p + 1050 + settling, far
    from any tick (settling < 40 ms): exactly 10 ticks of each kind by then; release 2
    comes 1000 ms later, again mid-period: exactly 10 more."""
    proc, events, stamps, owait = clock_run
    p1, kp2, kr2 = events['KP1'][0], events['KP2'], events['KR2']
    assert 1050 <= kp2[0] - p1 < 1090
    assert (kp2[1], kp2[2]) == (10, 10)
    assert (kr2[1] - kp2[1], kr2[2] - kp2[2]) == (10, 10)


# ---------------------------------------------------------------- determinism

ANIM_SCRIPT = '''wait 300
screenshot a1.png
key 1
wait 777
screenshot a2.png
tap 50 60
wait 123
screenshot a3.png
quit
'''


def test_same_script_same_screenshots(suite):
    runs = []
    for n in range(2):
        proc, where, lines = run(suite, ANIM_SCRIPT, '--midlet', number('Anim'), sub='anim%d' % n)
        assert proc.returncode == 0, describe(proc)
        runs.append({name: open(os.path.join(where, name), 'rb').read() for name in ('a1.png', 'a2.png', 'a3.png')})
    assert runs[0] == runs[1], 'screenshots differ between two runs of one script'
    assert len(set(runs[0].values())) == 3, 'the animation does not move (the test would prove nothing)'


# ---------------------------------------------------------------- event thread, Graphics state, repeats

@pytest.fixture(scope='module')
def misc_run(suite):
    script = 'wait 200\nkey 1\npress 4\nwait 1500\nrelease 4\nkey 2\nkey 3\nwait 100\nquit\n'
    return run(suite, script, '--midlet', number('Misc'), sub='misc')


def test_misc_run_ok(misc_run):
    proc, where, lines = misc_run
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    assert 'SAME_DISPLAY true' in lines
    assert int(next(line for line in lines if line.startswith('ALPHA ')).split()[1]) >= 2


def test_not_shown_canvas_does_not_paint(misc_run):
    """repaint and serviceRepaints on a Canvas that is not shown do nothing."""
    proc, where, lines = misc_run
    assert 'NOT_SHOWN_PAINTS 0 false' in lines, describe(proc)


def test_paint_gets_fresh_graphics_state(misc_run):
    """Each paint() starts with color black, the default font, SOLID, no translation,
    whatever the previous paint left in its Graphics."""
    proc, where, lines = misc_run
    paints = [line for line in lines if line.startswith('PAINT ')]
    assert len(paints) == 2, describe(proc)
    for line in paints:
        assert line.split()[2:] == ['color=0', 'font=true', 'stroke=0', 't=0,0', 'shown=true', 'thread=same'], line


def test_events_on_one_thread(misc_run):
    """Paints, key events and serial calls (also ones requested from another thread) all
    run on the one event thread."""
    proc, where, lines = misc_run
    threaded = [line for line in lines if 'thread=' in line]
    assert threaded and all(line.endswith('thread=same') for line in threaded), describe(proc)
    assert 'SERIAL X thread=same' in lines


def test_nested_call_serially_order(misc_run):
    proc, where, lines = misc_run
    serial = [line.split()[1] for line in lines if line.startswith('SERIAL ') and line.split()[1] in 'ABC']
    assert serial == ['A', 'B', 'C'], describe(proc)


def test_key_repeats_match_has_repeat_events(misc_run):
    """hasRepeatEvents() says whether a held key gives keyRepeated: held for 1.5 s, a key
    repeats if and only if the Canvas says it can."""
    proc, where, lines = misc_run
    repeats = next(line for line in lines if line.startswith('REPEATS ')).split()[1] == 'true'
    start, end = lines.index('KP 52 thread=same'), lines.index('KR 52')
    held = [line for line in lines[start:end] if line.startswith('REP ')]
    assert all(line == 'REP 52' for line in held)
    assert bool(held) == repeats, 'hasRepeatEvents() is %s but a held key gave %d keyRepeated' % (repeats, len(held))


# ---------------------------------------------------------------- faults and commands

SMALL = '''package t;
import javax.microedition.lcdui.*;
import javax.microedition.midlet.*;

class Log {
    static void p(String s) { System.out.println(s); }
}

class Plain extends Canvas {
    protected void paint(Graphics g) { g.setColor(0x446688); g.fillRect(0, 0, getWidth(), getHeight()); }
    protected void keyPressed(int k) { Log.p("KP " + k); }
    protected void pointerPressed(int x, int y) { Log.p("PP " + x + " " + y); }
}
'''
SMALL_MIDLETS = {
    'Hello': '''
public class Hello extends MIDlet {
    protected void startApp() { Log.p("START"); Display.getDisplay(this).setCurrent(new Plain()); }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) { Log.p("DESTROY " + u); }
}''',
    'NotAMidlet': '''
public class NotAMidlet {
    public NotAMidlet() { Log.p("CONSTRUCTED"); }
}''',
    'CtorThrows': '''
public class CtorThrows extends MIDlet {
    public CtorThrows() { throw new RuntimeException("constructor says no"); }
    protected void startApp() { Log.p("START"); }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) {}
}''',
    'DestroyRefuses': '''
public class DestroyRefuses extends MIDlet {
    protected void startApp() { Log.p("START"); Display.getDisplay(this).setCurrent(new Plain()); }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) throws MIDletStateChangeException {
        Log.p("DESTROY " + u);
        throw new MIDletStateChangeException("not now");
    }
}''',
    'StartRefuses': '''
public class StartRefuses extends MIDlet {
    protected void startApp() throws MIDletStateChangeException {
        Log.p("START");
        throw new MIDletStateChangeException("later");
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) { Log.p("DESTROY " + u); }
}''',
    'KeyThrows': '''
public class KeyThrows extends MIDlet {
    protected void startApp() {
        Display.getDisplay(this).setCurrent(new Canvas() {
            int keys;
            protected void paint(Graphics g) { g.setColor(0); g.fillRect(0, 0, getWidth(), getHeight()); }
            protected void keyPressed(int k) {
                keys++;
                if (keys == 1) { throw new RuntimeException("first key"); }
                Log.p("KP " + k);
            }
        });
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) { Log.p("DESTROY " + u); }
}''',
    'Cmds': '''
public class Cmds extends MIDlet implements CommandListener {
    Command back = new Command("Back", Command.BACK, 1);
    Command go = new Command("Go", Command.SCREEN, 1);
    Plain canvas = new Plain();
    protected void startApp() {
        canvas.addCommand(back);
        canvas.addCommand(go);
        canvas.setCommandListener(this);
        Display.getDisplay(this).setCurrent(canvas);
    }
    public void commandAction(Command c, Displayable d) {
        Log.p("CMD " + c.getLabel() + " " + c.getCommandType() + " " + (d == canvas));
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) {}
}''',
}
SMALL_LIST = [(name, 't.' + name) for name in SMALL_MIDLETS]


def small_number(name):
    return str([n for n, _ in SMALL_LIST].index(name) + 1)


@pytest.fixture(scope='module')
def small_suite(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp('faults'))
    sources = {'t/%s.java' % name: SMALL.replace('class Log', 'class Log%s' % name).replace('Log.p', 'Log%s.p' % name)
               .replace('class Plain', 'class Plain%s' % name).replace('new Plain()', 'new Plain%s()' % name)
               .replace('Plain canvas', 'Plain%s canvas' % name) + text
               .replace('Log.p', 'Log%s.p' % name).replace('new Plain()', 'new Plain%s()' % name)
               .replace('Plain canvas', 'Plain%s canvas' % name)
               for name, text in SMALL_MIDLETS.items()}
    return folder, build_suite(folder, sources, SMALL_LIST)


def run_small(small_suite, script, *options, sub):
    return run(small_suite, script, *options, sub=sub)


def kava_lines(proc):
    return [line for line in message_lines(proc) if line.startswith('Kava:')]


def test_class_that_is_not_a_midlet(small_suite):
    proc, where, lines = run_small(small_suite, 'wait 200\nscreenshot e.png\nquit\n', '--midlet',
                                   small_number('NotAMidlet'), sub='notamidlet')
    assert proc.returncode == 1, describe(proc)
    no_python_traceback(proc)
    assert len(message_lines(proc)) == 1 and 't.NotAMidlet' in proc.stderr, describe(proc)
    assert not_all_white(os.path.join(where, 'e.png'))


def test_constructor_throws(small_suite):
    proc, where, lines = run_small(small_suite, 'wait 200\nscreenshot e.png\nquit\n', '--midlet',
                                   small_number('CtorThrows'), sub='ctor')
    assert proc.returncode == 1, describe(proc)
    no_python_traceback(proc)
    named = [line for line in kava_lines(proc) if 'constructor says no' in line and 'RuntimeException' in line]
    assert len(named) == 1, describe(proc)
    assert 'START' not in lines
    assert not_all_white(os.path.join(where, 'e.png'))


def test_destroy_app_refusal_ignored_when_unconditional(small_suite):
    proc, where, lines = run_small(small_suite, 'wait 200\nquit\n', '--midlet', small_number('DestroyRefuses'),
                                   sub='destroyrefuses')
    no_python_traceback(proc)
    assert lines == ['START', 'DESTROY true']
    assert proc.returncode == 0, describe(proc)


def test_start_app_state_change_exception_keeps_running(small_suite):
    """startApp throwing MIDletStateChangeException is a transient refusal, not an app
    fault: the run goes on and quit still destroys the MIDlet (exit 0)."""
    proc, where, lines = run_small(small_suite, 'wait 200\nkey 1\nquit\n', '--midlet', small_number('StartRefuses'),
                                   sub='startrefuses')
    no_python_traceback(proc)
    assert proc.returncode == 0, describe(proc)
    assert lines[0] == 'START' and lines[-1] == 'DESTROY true', describe(proc)


def test_exception_in_key_handler_does_not_stop_the_app(small_suite):
    proc, where, lines = run_small(small_suite, 'wait 200\nkey 1\nkey 2\nquit\n', '--midlet', small_number('KeyThrows'),
                                   sub='keythrows')
    no_python_traceback(proc)
    assert lines == ['KP 50', 'DESTROY true'], describe(proc)
    assert 'first key' in proc.stderr


def test_commands_on_soft_keys(small_suite):
    """Kava's documented mapping (docs/phone.md): the left soft key runs the one positive
    command, the right one the BACK command; other keys still reach the Canvas."""
    proc, where, lines = run_small(small_suite, 'wait 200\nscreenshot c.png\nkey SOFT1\nkey SOFT2\nkey FIRE\nquit\n',
                                   '--midlet', small_number('Cmds'), sub='cmds')
    assert proc.returncode == 0, describe(proc)
    assert lines == ['CMD Go 1 true', 'CMD Back 2 true', 'KP -5'], describe(proc)
    w, h, pixels = screenshot_pixels(os.path.join(where, 'c.png'))
    bottom = pixels[(h - 8) * w:(h - 7) * w]
    assert any(p != 0x446688 for p in bottom), 'a command bar at the bottom in normal mode'


def test_taps_outside_the_screen_are_harmless(small_suite):
    proc, where, lines = run_small(small_suite, 'wait 200\ntap -5 -5\ntap 1000 1000\ntap 239 319\ntap 0 0\nquit\n',
                                   '--midlet', small_number('Hello'), sub='taps')
    assert proc.returncode == 0, describe(proc)
    no_python_traceback(proc)
    pp = [line for line in lines if line.startswith('PP ')]
    assert all(0 <= int(x) < 240 and 0 <= int(y) < 320 for _, x, y in (line.split() for line in pp)), pp


@pytest.mark.parametrize('script, words', [
    ('wait 100\njump 3\n', ['jump', '2']),
    ('key BANANA\n', ['BANANA']),
    ('wait soon\n', ['wait']),
    ('tap 1\n', ['tap']),
])
def test_script_errors(small_suite, script, words):
    proc, where, lines = run_small(small_suite, script, sub='scripterr')
    assert proc.returncode != 0, describe(proc)
    no_python_traceback(proc)
    assert len(message_lines(proc)) == 1 and all(w in proc.stderr for w in words), describe(proc)
    assert proc.stdout == ''


def rewrite_jad(small_suite, name, change):
    folder, jad = small_suite
    with open(jad, encoding='utf-8') as f:
        text = f.read()
    path = os.path.join(folder, name)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(change(text))
    return path


@pytest.mark.parametrize('case, change, words', [
    ('name_mismatch', lambda t: t.replace('MIDlet-Name: Test Suite', 'MIDlet-Name: Other Suite'), ['MIDlet-Name']),
    ('vendor_mismatch', lambda t: t.replace('MIDlet-Vendor: Kava Tests', 'MIDlet-Vendor: Someone'), ['MIDlet-Vendor']),
    ('no_jar_url', lambda t: re.sub(r'MIDlet-Jar-URL: .*\n', '', t), ['MIDlet-Jar-URL']),
    ('missing_jar', lambda t: t.replace('MIDlet-Jar-URL: app.jar', 'MIDlet-Jar-URL: nothere.jar'), ['nothere.jar']),
])
def test_bad_descriptors_refused(small_suite, case, change, words):
    jad = rewrite_jad(small_suite, case + '.jad', change)
    where = os.path.join(small_suite[0], case)
    os.makedirs(where, exist_ok=True)
    proc = run_suite(jad, 'wait 100\nquit\n', where)
    assert proc.returncode != 0, describe(proc)
    no_python_traceback(proc)
    assert proc.stdout == '' and len(message_lines(proc)) == 1, describe(proc)
    assert all(w in proc.stderr for w in words), describe(proc)


@pytest.mark.parametrize('options, words', [(('--midlet', '99'), ['99']), (('--device', 'nokia9000'), ['nokia9000'])])
def test_bad_options_refused(small_suite, options, words):
    proc, where, lines = run_small(small_suite, 'wait 100\nquit\n', *options, sub='badopt')
    assert proc.returncode != 0, describe(proc)
    no_python_traceback(proc)
    assert proc.stdout == '' and all(w in proc.stderr for w in words), describe(proc)
