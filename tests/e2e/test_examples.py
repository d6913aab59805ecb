"""The example apps end to end: build each project in examples/ with `kava build`, play its
demo.script headless (virtual time), and check the screenshots: the exit status, that
screens differ where the app changed and are equal where it must not have, specific
regions (the game's score, a list's highlighted row), and that a second run of the same
script gives byte-identical screenshots."""

import os
import shutil
import subprocess
import sys

import pytest

from packages.graphics import png

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, 'examples')
APPS = {'game': 'GemRaider', 'forms': 'TripPlanner', 'menu': 'PocketMenu'}


def kava(args, cwd):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, '-m', 'kava'] + list(args), cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)


class Shot:
    """A screenshot: its bytes and its pixels (0xRRGGBB, row by row)."""

    def __init__(self, path):
        with open(path, 'rb') as f:
            self.data = f.read()
        self.width, self.height, pixels, _ = png.decode(self.data)
        self.pixels = [p & 0xFFFFFF for p in pixels]

    def at(self, x, y):
        return self.pixels[y * self.width + x]

    def region(self, x, y, w, h):
        return [self.pixels[j * self.width + x:j * self.width + x + w] for j in range(y, y + h)]

    def count(self, color, x=0, y=0, w=None, h=None):
        w = self.width - x if w is None else w
        h = self.height - y if h is None else h
        return sum(row.count(color) for row in self.region(x, y, w, h))

    def differing(self, other, x=0, y=0, w=None, h=None):
        """How many pixels of the rectangle differ from other's."""
        w = self.width - x if w is None else w
        h = self.height - y if h is None else h
        return sum(a != b for ra, rb in zip(self.region(x, y, w, h), other.region(x, y, w, h))
                   for a, b in zip(ra, rb))

    def rows_with(self, color, minimum, x=0, w=None):
        """The rows with at least minimum pixels of color between x and x + w."""
        w = self.width - x if w is None else w
        return [y for y in range(self.height)
                if self.pixels[y * self.width + x:y * self.width + x + w].count(color) >= minimum]


class Run:
    def __init__(self, result, folder):
        self.result = result
        self.folder = folder
        self.shots = {}

    def __getitem__(self, name):
        if name not in self.shots:
            path = os.path.join(self.folder, name + '.png')
            assert os.path.exists(path), 'no screenshot %s.png; stderr:\n%s' % (name, self.result.stderr)
            self.shots[name] = Shot(path)
        return self.shots[name]

    def names(self):
        return sorted(n[:-4] for n in os.listdir(self.folder) if n.endswith('.png'))


@pytest.fixture(scope='module')
def suites(tmp_path_factory):
    """Each example built with `kava build` into a temporary folder: {app: JAD path}."""
    out = tmp_path_factory.mktemp('examples-build')
    built = {}
    for app, base in APPS.items():
        result = kava(['build', os.path.join(EXAMPLES, app), '--out', str(out / app)], ROOT)
        assert result.returncode == 0, result.stderr
        jad = out / app / (base + '.jad')
        assert jad.exists() and (out / app / (base + '.jar')).exists()
        built[app] = str(jad)
    return built


def play(suite, script, folder, *options):
    os.makedirs(folder, exist_ok=True)
    return Run(kava(['run', '--headless', '--script', script] + list(options) + [suite], folder), folder)


@pytest.fixture(scope='module')
def runs(suites, tmp_path_factory):
    """Each app's demo.script played twice: {app: (first Run, second Run)}."""
    cache = {}

    def get(app):
        if app not in cache:
            script = os.path.join(EXAMPLES, app, 'demo.script')
            cache[app] = tuple(play(suites[app], script, str(tmp_path_factory.mktemp('%s-run%d' % (app, n))))
                               for n in (1, 2))
        return cache[app]
    return get


def check_clean_exit(run):
    """Exit status 0, and nothing on stderr but Kava's note of the screenshots written."""
    assert run.result.returncode == 0, run.result.stderr
    lines = [line for line in run.result.stderr.splitlines() if not line.startswith('Kava: wrote ')]
    assert not lines, run.result.stderr


# ---- every example -----------------------------------------------------------------------

@pytest.mark.parametrize('app', sorted(APPS))
def test_builds_same_bytes_twice(app, tmp_path):
    """`kava build` of an example gives the same JAR bytes every time, with its resources."""
    jars = []
    for n in (1, 2):
        result = kava(['build', os.path.join(EXAMPLES, app), '--out', str(tmp_path / str(n))], ROOT)
        assert result.returncode == 0, result.stderr
        with open(tmp_path / str(n) / (APPS[app] + '.jar'), 'rb') as f:
            jars.append(f.read())
    assert jars[0] == jars[1]
    import zipfile
    names = zipfile.ZipFile(str(tmp_path / '1' / (APPS[app] + '.jar'))).namelist()
    assert 'icon.png' in names
    jad = open(tmp_path / '1' / (APPS[app] + '.jad'), encoding='utf-8').read()
    for attribute in ('MIDlet-Name', 'MIDlet-Version', 'MIDlet-Vendor', 'MIDlet-1', 'MIDlet-Description',
                      'MIDlet-Jar-Size'):
        assert attribute + ':' in jad


@pytest.mark.parametrize('app', sorted(APPS))
def test_demo_is_deterministic(app, runs):
    """The same script twice: exit status 0 and byte-identical screenshots."""
    first, second = runs(app)
    check_clean_exit(first)
    check_clean_exit(second)
    assert first.names() and first.names() == second.names()
    for name in first.names():
        assert first[name].data == second[name].data, name


@pytest.mark.parametrize('app', sorted(APPS))
def test_art_tool_reproduces_resources(app, tmp_path):
    """tools/make_art.py writes exactly the committed PNGs."""
    tool = os.path.join(EXAMPLES, app, 'tools', 'make_art.py')
    copy = tmp_path / app
    shutil.copytree(os.path.join(EXAMPLES, app, 'tools'), str(copy / 'tools'))
    (copy / 'res').mkdir()
    result = subprocess.run([sys.executable, str(copy / 'tools' / 'make_art.py')], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    made = sorted(os.listdir(str(copy / 'res')))
    assert made
    for name in made:
        with open(os.path.join(EXAMPLES, app, 'res', name), 'rb') as f:
            assert f.read() == (copy / 'res' / name).read_bytes(), name
    assert os.path.exists(tool)


# ---- the game ------------------------------------------------------------------------------

HEART = 0xE61E3C          # the hearts in the status bar (tools/make_art.py)
PANEL = 0x182030          # the PAUSED / GAME OVER box


STATUS = 0x202838         # the status bar's background


def status_height(shot, background=STATUS):
    """The status bar's height: the rows from the top whose left pixel is its background."""
    y = 0
    while shot.at(0, y) == background:
        y += 1
    return y + 1                           # and its bottom line


def hearts(shot, color=HEART, background=STATUS):
    return shot.count(color, 0, 0, shot.width, status_height(shot, background))


def test_game_demo(runs):
    run = runs('game')[0]
    title, start, collected = run['game-title'], run['game-start'], run['game-collected']
    paused, later, resumed = run['game-paused'], run['game-paused-later'], run['game-resumed']
    w = title.width
    assert (title.width, title.height) == (240, 320)
    # the title screen is not the game
    assert title.differing(start) > w * 100
    # the status bar: score at the left, lives at the right
    top = status_height(start)
    assert 10 <= top <= 30
    assert hearts(start) > 0 and hearts(start) % 3 == 0
    # walking right along the path collects two gems: the score changes, the lives do not
    assert collected.differing(start, 0, 0, 90, top) > 0
    assert collected.region(w - 40, 0, 40, top) == start.region(w - 40, 0, 40, top)
    assert hearts(collected) == hearts(start)
    # the view scrolled to follow the player
    assert collected.differing(start, 0, top, w, 100) > 1000
    # Pause (left soft key): the PAUSED box over the darkened game, the score still shown
    assert paused.count(PANEL, 0, 100, w, 120) > 2000
    assert collected.count(PANEL) == 0
    assert paused.region(0, 0, 90, top) == collected.region(0, 0, 90, top)
    # nothing moves while paused
    assert later.data == paused.data
    # FIRE resumes: the box is gone and the game went on
    assert resumed.count(PANEL) == 0
    assert resumed.differing(collected, 0, top, w, 200) > 1000


GAME_OVER_SCRIPT = """
wait 300
key FIRE
wait 100
screenshot full.png
""" + "".join("""
press LEFT
wait 300
release LEFT
press DOWN
wait 1600
release DOWN
wait 28000
screenshot hit%d.png
""" % n for n in (1, 2, 3)) + """
wait 1000
screenshot over.png
key FIRE
wait 300
screenshot again.png
"""


def test_game_lives_game_over_and_restart(suites, tmp_path):
    """Standing in a slime's path three times: a life less each time, then GAME OVER; FIRE
    starts a new game with every life back and the score at 0."""
    (tmp_path / 'over.script').write_text(GAME_OVER_SCRIPT)
    run = play(suites['game'], str(tmp_path / 'over.script'), str(tmp_path))
    check_clean_exit(run)
    one = hearts(run['full']) // 3
    assert one > 20
    assert hearts(run['hit1']) == 2 * one
    assert hearts(run['hit2']) == one
    assert hearts(run['hit3']) == 0
    assert run['hit3'].count(PANEL) > 2000                 # the GAME OVER box
    assert run['over'].count(PANEL) > 2000
    assert run['over'].differing(run['hit3']) > 0        # "FIRE to play again" appears
    assert hearts(run['again']) == 3 * one
    assert run['again'].count(PANEL) == 0
    top = status_height(run['full'])
    assert run['again'].region(0, 0, 90, top) == run['full'].region(0, 0, 90, top)   # SCORE 0 again


def test_game_level_two_is_another_map(suites, tmp_path):
    """The JAD attribute GemRaider-Start-Level: 2 starts at level 2: another map, and the
    status bar says so."""
    jad = suites['game']
    two = tmp_path / 'GemRaider.jad'
    shutil.copy(jad[:-4] + '.jar', str(tmp_path))
    two.write_text(open(jad, encoding='utf-8').read() + 'GemRaider-Start-Level: 2\n')
    script = tmp_path / 'start.script'
    script.write_text('wait 300\nkey FIRE\nwait 2100\nscreenshot start.png\n')
    one = play(jad, str(script), str(tmp_path / 'one'))
    other = play(str(two), str(script), str(tmp_path / 'two'))
    check_clean_exit(one)
    check_clean_exit(other)
    a, b = one['start'], other['start']
    top = status_height(a)
    w = a.width
    assert a.region(0, 0, 90, top) == b.region(0, 0, 90, top)        # both SCORE 0
    assert a.differing(b, 90, 0, w - 180, top) > 0                    # LV 1 / LV 2
    assert a.differing(b, 0, top, w, a.height - top - 30) > 5000      # another map


def test_game_fits_the_small_device(suites, tmp_path):
    """On the 128x160, 4096-colour profile the game fills the smaller screen."""
    from packages.app import devices
    script = tmp_path / 'small.script'
    script.write_text('wait 300\nscreenshot title.png\nkey FIRE\nwait 2100\nscreenshot play.png\n')
    run = play(suites['game'], str(script), str(tmp_path), '--device', 'small')
    check_clean_exit(run)
    title, game = run['title'], run['play']
    assert (game.width, game.height) == (128, 160)
    assert title.differing(game) > 128 * 40
    small = devices.device('small')
    lives = hearts(game, small.display_color(HEART), small.display_color(STATUS))
    assert lives > 0 and lives % 3 == 0


# ---- the Form app --------------------------------------------------------------------------

HIGHLIGHT = 0x1F4E79      # Kava's COLOR_HIGHLIGHTED_BACKGROUND: gauges' fill, list highlight, title bar
WHITE = 0xFFFFFF
STAR = 0xF0B000           # a lit star of the CustomItem (RatingItem.java)


def runs_down(shot, x):
    """The (start, end) row ranges of non-white pixels down column x."""
    out = []
    y = 0
    while y < shot.height:
        if shot.at(x, y) != WHITE:
            start = y
            while y < shot.height and shot.at(x, y) != WHITE:
                y += 1
            out.append((start, y))
        else:
            y += 1
    return out


def bands(shot, color, minimum, top=0):
    """The (start, end) row ranges at or below top with at least minimum pixels of color."""
    out = []
    for y in range(top, shot.height):
        if shot.region(0, y, shot.width, 1)[0].count(color) >= minimum:
            if out and out[-1][1] == y:
                out[-1] = (out[-1][0], y + 1)
            else:
                out.append((y, y + 1))
    return out


BAR = 0x303030            # the ticker's (and command bar's) background


def chrome_height(shot):
    """The rows of the title bar and the ticker at the top of a Screen."""
    y = 0
    while max(shot.region(0, y, shot.width, 1)[0].count(c) for c in (HIGHLIGHT, BAR)) >= shot.width // 4:
        y += 1
    return y


def form_top(shot):
    """(the banner's bottom row, the completeness gauge's (start, end) rows) at the form's top."""
    top = chrome_height(shot)
    banner = [r for r in runs_down(shot, shot.width // 2) if r[0] >= top][0]
    gauge = [b for b in bands(shot, HIGHLIGHT, 15, banner[1]) if b[1] - b[0] >= 3][0]
    return banner[1], gauge


def gauge_fill(shot, gauge):
    return shot.region(0, (gauge[0] + gauge[1]) // 2, shot.width, 1)[0].count(HIGHLIGHT)


def test_forms_demo(runs):
    run = runs('forms')[0]
    start, name, cleared = run['forms-start'], run['forms-name'], run['forms-cleared']
    travellers, nights = run['forms-travellers'], run['forms-nights']
    w = start.width
    banner_end, gauge = form_top(start)
    assert 40 <= banner_end < 120                                   # the ImageItem's banner
    assert form_top(name) == (banner_end, gauge)                   # nothing scrolled yet
    estimate = (banner_end, gauge[0])                             # the StringItem between them
    # typing a name: the ItemStateListener fills the completeness gauge by one more fifth
    one = gauge_fill(start, gauge)
    assert one > 10
    assert abs(gauge_fill(name, gauge) - 2 * one) <= 2
    # ... and the name does not change the price
    assert name.region(0, estimate[0], w, estimate[1] - estimate[0]) == \
        start.region(0, estimate[0], w, estimate[1] - estimate[0])
    # the button's item command clears the name: the gauge goes back
    assert gauge_fill(cleared, gauge) == one
    # 4 travellers (NUMERIC field), then 4 nights (interactive gauge): the estimate changes each time
    for before, after in ((cleared, travellers), (travellers, nights)):
        assert after.differing(before, 0, estimate[0], w, estimate[1] - estimate[0]) > 20
    # the popup opens over the form
    assert run['forms-popup'].differing(nights) > 500
    # the CustomItem: RIGHT lights a fourth star; Reset puts three back
    lit4, lit3 = run['forms-dates'].count(STAR), run['forms-reset'].count(STAR)
    assert lit3 > 0 and lit4 * 3 == lit3 * 4
    # Menu (left soft key) opens the command menu; Submit shows the Alert, then the summary
    assert run['forms-menu'].differing(run['forms-dates']) > 200
    alert, summary = run['forms-alert'], run['forms-summary']
    assert alert.differing(summary) > 1000 and alert.differing(run['forms-dates']) > 1000
    # the summary's non-interactive gauge shows the 4 stars: 4/5 of its width
    excitement = [b for b in bands(summary, HIGHLIGHT, 15, 14) if b[1] - b[0] >= 3][-1]
    fill = gauge_fill(summary, excitement)
    assert 0.7 * (w - 10) < fill < 0.85 * w
    # Back returns to the form as it was
    back = run['forms-back']
    assert back.region(0, 30, w, 250) == run['forms-dates'].region(0, 30, w, 250)


# ---- the List app --------------------------------------------------------------------------

def highlight(shot, title):
    """The (start, end) rows of the highlighted list row, below a title bar title rows high."""
    found = bands(shot, HIGHLIGHT, shot.width // 2, title)
    assert len(found) == 1, found
    return found[0]


def test_menu_demo(runs):
    run = runs('menu')[0]
    main, second = run['menu-main'], run['menu-second']
    w = main.width
    title = bands(second, HIGHLIGHT, w // 2)[0]
    assert title[0] == 0 and 8 <= title[1] <= 30
    title = title[1]
    # DOWN moves the highlight one row down
    first_row = highlight(main, title)
    row = first_row[1] - first_row[0]
    assert first_row[0] == title and row >= 10
    assert highlight(second, title) == (first_row[0] + row, first_row[1] + row)
    # the MULTIPLE list: the highlight on row 0, then on Olives (row 3) after ticking two
    toppings, ticked = run['menu-toppings'], run['menu-toppings-ticked']
    t_row = highlight(toppings, title)
    t_height = t_row[1] - t_row[0]
    assert highlight(ticked, title) == (title + 3 * t_height, title + 4 * t_height)
    tomato = (title + t_height, t_height)
    mushrooms = (title + 2 * t_height, t_height)
    assert ticked.differing(toppings, 0, tomato[0], w, tomato[1]) > 0          # ticked
    assert ticked.region(0, mushrooms[0], w, mushrooms[1]) == toppings.region(0, mushrooms[0], w, mushrooms[1])
    # Done: the main menu's second entry now says (3); nothing else changed
    after = run['menu-after-toppings']
    assert highlight(after, title) == highlight(second, title)
    changed = after.differing(second, 0, first_row[0] + row, w, row)
    assert changed > 0 and after.differing(second) == changed
    # the EXCLUSIVE list: Medium (row 1) chosen at first, then Large (row 2)
    sizes, large_choice = run['menu-sizes'], run['menu-sizes-large']
    s_row = highlight(sizes, title)
    s_height = s_row[1] - s_row[0]
    assert s_row[0] == title + s_height
    assert highlight(large_choice, title)[0] == title + 2 * s_height
    # Apply: the main menu's rows are taller in the large font (and the title is longer)
    large = run['menu-large']
    big_title = bands(run['menu-after-note'], HIGHLIGHT, w // 2)[0][1]
    big = highlight(large, big_title)
    assert big[1] - big[0] > row
    # the TextBox: typing shows on screen; Menu > Save puts the note into the main menu
    assert run['menu-note'].differing(large) > 1000
    note_row = highlight(run['menu-after-note'], big_title)
    assert note_row[0] == big_title + 2 * (big[1] - big[0])
    # About: an Alert over everything; dismissed, the highlight is on About (row 3)
    assert run['menu-about'].differing(run['menu-after-note']) > 1000
    about_row = highlight(run['menu-after-about'], big_title)
    assert about_row[0] == big_title + 3 * (big[1] - big[0])


def test_game_exit_asks_and_pauses_through_hide_notify(suites, tmp_path):
    """Exit (right soft key) shows an Alert over the game: hideNotify pauses the game, so
    "Play on" comes back to the PAUSED box, FIRE resumes; Quit ends the app (status 0)."""
    (tmp_path / 'exit.script').write_text(
        'wait 300\nkey FIRE\nwait 500\nscreenshot playing.png\n'
        'key SOFT2\nwait 300\nscreenshot ask.png\n'
        'key SOFT2\nwait 300\nscreenshot back.png\nwait 500\nscreenshot still.png\n'
        'key FIRE\nwait 300\nscreenshot on.png\n'
        'key SOFT2\nwait 300\nkey SOFT1\nwait 300\nscreenshot gone.png\n')
    run = play(suites['game'], str(tmp_path / 'exit.script'), str(tmp_path))
    check_clean_exit(run)
    playing, ask, back = run['playing'], run['ask'], run['back']
    assert ask.differing(playing) > 240 * 200             # the question, not the game
    assert ask.count(HEART) == 0
    assert back.count(PANEL, 0, 100, 240, 120) > 2000     # paused while the question showed
    assert run['still'].data == back.data                 # and stays paused
    assert run['on'].count(PANEL) == 0                    # FIRE: playing again
    assert hearts(run['on']) == hearts(playing)
    assert not os.path.exists(str(tmp_path / 'gone.png'))  # Quit ended the app


def test_game_clears_level_one_and_goes_on_to_level_two(suites, tmp_path):
    """examples/game/level1.script collects all twelve gems of level 1 without a scratch:
    LEVEL 1 CLEAR! with the bonus, then level 2 on another map with every life kept."""
    run = play(suites['game'], os.path.join(EXAMPLES, 'game', 'level1.script'), str(tmp_path))
    check_clean_exit(run)
    start, clear, two = run['level1-start'], run['level1-clear'], run['level2-start']
    top = status_height(start)
    w = start.width
    assert hearts(clear) == hearts(start) == hearts(two) > 0       # no life lost
    assert clear.count(PANEL, 0, 100, w, 120) > 2000               # the LEVEL 1 CLEAR! box
    assert clear.differing(start, 0, 0, 90, top) > 0                # the score went up
    assert start.region(90, 0, w - 180, top) == clear.region(90, 0, w - 180, top)   # still LV 1
    assert two.count(PANEL) == 0
    assert two.region(0, 0, 90, top) == clear.region(0, 0, 90, top)                 # same score
    assert two.differing(clear, 90, 0, w - 180, top) > 0                             # LV 2
    assert two.differing(start, 0, top, w, two.height - top - 30) > 5000              # another map
