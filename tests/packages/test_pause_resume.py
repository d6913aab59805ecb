"""The device taking the screen away (script `pause`, a minimized window) and giving it
back: hideNotify + pauseApp, then startApp + showNotify; no input reaches a paused MIDlet."""

from tests.packages.midlets import build_suite, run_suite

SOURCE = '''
package t;
import javax.microedition.midlet.*;
import javax.microedition.lcdui.*;
public class Life extends MIDlet {
    Canvas canvas = new Canvas() {
        protected void paint(Graphics g) {}
        protected void showNotify() { System.out.println("showNotify"); }
        protected void hideNotify() { System.out.println("hideNotify"); }
        protected void keyPressed(int k) { System.out.println("keyPressed " + k); }
        protected void pointerPressed(int x, int y) { System.out.println("pointerPressed " + x + "," + y); }
        protected void pointerDragged(int x, int y) { System.out.println("pointerDragged " + x + "," + y); }
        protected void pointerReleased(int x, int y) { System.out.println("pointerReleased " + x + "," + y); }
    };
    protected void startApp() {
        System.out.println("startApp");
        Display.getDisplay(this).setCurrent(canvas);
    }
    protected void pauseApp() { System.out.println("pauseApp"); }
    protected void destroyApp(boolean u) { System.out.println("destroyApp " + u); }
}
'''


def test_pause_and_resume(tmp_path):
    suite = build_suite(str(tmp_path), {'t/Life.java': SOURCE}, [('Life', 't.Life')])
    script = 'wait 100\nkey 1\npause\nkey 2\nwait 100\nresume\nkey 3\nquit\n'
    result = run_suite(suite, script, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        'startApp', 'showNotify', 'keyPressed 49', 'hideNotify', 'pauseApp',
        'startApp', 'showNotify', 'keyPressed 51', 'destroyApp true']


def test_drag_reaches_the_canvas_in_its_coordinates(tmp_path):
    suite = build_suite(str(tmp_path), {'t/Life.java': SOURCE}, [('Life', 't.Life')])
    result = run_suite(suite, 'wait 100\ndrag 10 20 50 60\nquit\n', str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2:5] == [
        'pointerPressed 10,20', 'pointerDragged 50,60', 'pointerReleased 50,60']
