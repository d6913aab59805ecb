"""A MIDlet's faults reach the user as an error screen and one line on stderr."""

from tests.packages.midlets import build_suite, run_suite, screenshot_pixels

SOURCE = '''
package t;
import javax.microedition.midlet.*;
import javax.microedition.lcdui.*;
public class BadArt extends MIDlet {
    protected void startApp() {
        try {
            Image.createImage("/bad.png");
        } catch (java.io.IOException e) {
            throw new RuntimeException(e.toString());
        }
    }
    protected void pauseApp() {}
    protected void destroyApp(boolean u) {}
}
'''


def test_bad_png_resource_in_start_app(tmp_path):
    suite = build_suite(str(tmp_path), {'t/BadArt.java': SOURCE}, [('BadArt', 't.BadArt')],
                        resources={'bad.png': b'\x89PNG\r\n\x1a\nnot really a PNG'})
    shot = str(tmp_path / 'error.png')
    result = run_suite(suite, 'wait 100\nscreenshot %s\nquit\n' % shot, str(tmp_path))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith('Kava: the MIDlet t.BadArt failed in startApp: java.lang.RuntimeException: '
                               'java.io.IOException: /bad.png: not a valid PNG image')
    assert lines[0].endswith('at t.BadArt.startApp(BadArt.java:10)')
    _, _, pixels = screenshot_pixels(shot)
    assert len(set(pixels)) > 1          # the error screen, not a blank one
