"""Held keys repeat like a phone keypad's: keyRepeated 500 ms after the press, then every
100 ms, at exact virtual times in scripted runs."""

from tests.packages.midlets import build_suite, run_suite

SOURCE = '''
package t;
import javax.microedition.midlet.*;
import javax.microedition.lcdui.*;
public class Keys extends MIDlet {
    long t0;
    void log(String what, int k) { System.out.println(what + " " + k + " @" + (System.currentTimeMillis() - t0)); }
    protected void startApp() {
        t0 = System.currentTimeMillis();
        Display.getDisplay(this).setCurrent(new Canvas() {
            protected void paint(Graphics g) {}
            protected void keyPressed(int k) { log("press", k); }
            protected void keyRepeated(int k) { log("repeat", k); }
            protected void keyReleased(int k) { log("release", k); }
        });
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) {}
}
'''


def test_held_key_repeats_at_exact_virtual_times(tmp_path):
    suite = build_suite(str(tmp_path), {'t/Keys.java': SOURCE}, [('Keys', 't.Keys')])
    result = run_suite(suite, 'wait 100\npress UP\nwait 750\nrelease UP\nwait 500\nkey 5\nquit\n', str(tmp_path))
    assert result.returncode == 0, result.stderr
    # The press is handled at 100 ms; handling it costs one 1 ms time slice, so `wait 750`
    # ends at 851. A key pressed and released at once (`key 5`) never repeats.
    assert result.stdout.splitlines() == [
        'press -1 @100', 'repeat -1 @600', 'repeat -1 @700', 'repeat -1 @800', 'release -1 @851',
        'press 53 @1352', 'release 53 @1353']
