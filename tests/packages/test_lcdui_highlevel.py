"""The MIDP 2.0 high-level lcdui (Form and its Items, List, TextBox, Alert, Ticker),
driven headless by scripts: key navigation, multi-tap text entry, commands through the
soft keys and the menu, listener calls (printed by the MIDlets and asserted here), Alert
timeouts in virtual time, and screenshots where the pixels say something (the focus
frame moves, an Alert covers the screen, the ticker scrolls). The MIDlets are in
midlets_src/highlevel/."""

import os

import pytest

from tests.packages.midlets import build_suite, run_suite, screenshot_pixels

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, 'midlets_src', 'highlevel')
MIDLETS = ['FormTest', 'ListTest', 'AlertTest', 'ApiTest']
W, H = 240, 320

# Kava's high-level colors (Ui.java / AlertType.java)
FOCUS = 0x1F4E79
FOCUS_FILL = 0xDCE6F2
SCROLL_THUMB = 0x909090
INFO_BLUE = 0x1F6FB2
WARNING_AMBER = 0xD08A00


@pytest.fixture(scope='module')
def suite(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp('highlevel'))
    sources = {}
    for name in MIDLETS:
        with open(os.path.join(SOURCES, name + '.java'), encoding='utf-8') as f:
            sources[name + '.java'] = f.read()
    return build_suite(folder, sources, [(name, name) for name in MIDLETS])


def run(suite, tmp_path, midlet, script):
    """Run MIDlet (a name in MIDLETS) under the script (';' separates commands; names
    in screenshot commands are files in tmp_path). Returns (stdout lines, shots dir)."""
    lines = []
    for command in script.split(';'):
        command = command.strip()
        if command.startswith('screenshot '):
            command = 'screenshot ' + str(tmp_path / command.split()[1])
        lines.append(command)
    result = run_suite(suite, '\n'.join(lines) + '\n', str(tmp_path),
                       '--midlet', str(MIDLETS.index(midlet) + 1))
    assert result.returncode == 0, result.stderr
    assert 'Traceback' not in result.stderr
    assert 'uncaught exception' not in result.stderr, result.stderr
    return result.stdout.splitlines()


def shot(tmp_path, name):
    width, height, pixels = screenshot_pixels(str(tmp_path / name))
    assert (width, height) == (W, H)
    return pixels


def rows_with(pixels, color, x0=0, x1=W):
    return [y for y in range(H) if any(pixels[y * W + x] == color for x in range(x0, x1))]


def count(pixels, color, y0=0, y1=H):
    return sum(1 for p in pixels[y0 * W:y1 * W] if p == color)


def keys(*names):
    return ';'.join('key ' + n for n in names)


def multitap(text):
    """Key presses typing lowercase text by multi-tap, waiting out the commit pause
    between letters on the same key."""
    table = {' ': '0', '.': '1'}
    for key, letters in zip('23456789', ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz']):
        for n, ch in enumerate(letters):
            table[ch] = key * (n + 1)
    out = []
    last = None
    for ch in text:
        presses = table[ch]
        if last == presses[0]:
            out.append('wait 1100')
        out.extend('key ' + p for p in presses)
        last = presses[0]
    return ';'.join(out)


# ---------------------------------------------------------------- Form and Items

def test_multitap_text_entry_and_password(suite, tmp_path):
    script = ';'.join([
        'wait 50', multitap('hello'), 'wait 1100',     # the pause commits the last letter
        'screenshot typed.png',
        'key DOWN', keys('1', '2', '3', 'CLEAR', '4'),
        'key DOWN', keys('STAR', '7'),
        'key SOFT1'])
    out = run(suite, tmp_path, 'FormTest', script)
    assert out == ['changed text Name=h', 'changed text Name=he', 'changed text Name=hel',
                   'changed text Name=hell', 'changed text Name=hello',
                   'changed text PIN=1', 'changed text PIN=12', 'changed text PIN=123',
                   'changed text PIN=12', 'changed text PIN=124',
                   'changed text Age=-', 'changed text Age=-7',
                   'command OK name=hello pin=124 age=-7', 'destroyed']


def test_multitap_cycles_and_commits_on_another_key(suite, tmp_path):
    # 2 2 2 2 cycles a-b-c-2; 3 commits "2" at once; # switches to Abc (capitals only at
    # the start of a sentence, so "g") and then ABC; LEFT LEFT CLEAR deletes the "d"
    script = ';'.join([keys('2', '2', '2', '2', '3'), 'wait 1100',
                       keys('POUND', '4', 'POUND', '4', '4', 'RIGHT', 'LEFT', 'LEFT', 'CLEAR'),
                       'wait 1100', 'key SOFT1'])
    out = run(suite, tmp_path, 'FormTest', script)
    assert out[-2] == 'command OK name=2gH pin= age='
    assert out[:4] == ['changed text Name=2', 'changed text Name=2d', 'changed text Name=2dg',
                       'changed text Name=2dgH']


def test_focus_frame_moves_down(suite, tmp_path):
    out = run(suite, tmp_path, 'FormTest', 'screenshot a.png;key DOWN;screenshot b.png;key DOWN;screenshot c.png')
    tops = []
    for name in 'abc':
        rows = rows_with(shot(tmp_path, name + '.png'), FOCUS_FILL)
        assert rows, 'no focus frame in ' + name
        tops.append(rows[0])
    assert tops[0] < tops[1] < tops[2]
    assert out == ['destroyed']


def test_choices_gauge_and_date(suite, tmp_path):
    script = ';'.join([
        keys('DOWN', 'DOWN', 'DOWN'),                  # Name -> PIN -> Age -> Color
        keys('DOWN', 'FIRE'),                          # Green
        keys('DOWN', 'DOWN', 'FIRE', 'FIRE', 'DOWN', 'FIRE'),   # Extras: Cheese on, off; Ham
        keys('DOWN', 'FIRE', 'DOWN', 'DOWN', 'FIRE'),  # Size popup: Large
        keys('DOWN', 'RIGHT', 'RIGHT', 'LEFT'),        # Volume 5 -> 6 -> 7 -> 6
        keys('DOWN', 'FIRE', 'RIGHT', 'RIGHT', 'UP', 'RIGHT', '0', '5', 'FIRE'),  # date: day+1, hour 05
    ])
    out = run(suite, tmp_path, 'FormTest', script)
    assert out == ['changed choice Color=010', 'changed choice Extras=10', 'changed choice Extras=00',
                   'changed choice Extras=01', 'changed choice Size=001',
                   'changed gauge Volume=6', 'changed gauge Volume=7', 'changed gauge Volume=6',
                   # 2023-11-14 22:13 GMT -> 2023-11-15 05:13
                   'changed date When=%d' % ((1700000000000 // 60000) * 60000 + 86400000 - 17 * 3600000),
                   'destroyed']


def test_item_commands_join_the_menu(suite, tmp_path):
    downs = ['DOWN'] * 12
    script = ';'.join([keys(*downs), 'screenshot focused.png', 'key FIRE',
                       'key SOFT1', 'screenshot menu.png', keys('DOWN', 'FIRE'),
                       'key SOFT2'])
    out = run(suite, tmp_path, 'FormTest', script)
    # FIRE invokes the default command; the menu lists Press, Info (the item's), then OK
    assert out == ['item command Press on Go', 'item command Info on Go',
                   'command Exit name= pin= age=', 'destroyed']
    # away from the button, its commands leave the menu: SOFT1 is OK again
    out = run(suite, tmp_path, 'FormTest', ';'.join([keys(*downs), 'key UP', 'key SOFT1']))
    assert out == ['command OK name= pin= age=', 'destroyed']
    menu = shot(tmp_path, 'menu.png')
    assert count(menu, FOCUS) > count(shot(tmp_path, 'focused.png'), FOCUS)


def test_form_scrolls_to_the_focused_item(suite, tmp_path):
    downs = ['DOWN'] * 14
    run(suite, tmp_path, 'FormTest', 'screenshot top.png;' + keys(*downs) + ';screenshot end.png')
    top = rows_with(shot(tmp_path, 'top.png'), SCROLL_THUMB, W - 3, W)
    end = rows_with(shot(tmp_path, 'end.png'), SCROLL_THUMB, W - 3, W)
    assert top and end
    assert end[0] > top[0]
    assert end[-1] >= top[-1]


def test_same_script_same_pixels(suite, tmp_path):
    script = ';'.join(['wait 100', multitap('kava'), keys('DOWN', 'DOWN', 'DOWN', 'DOWN', 'FIRE'),
                       'screenshot one.png'])
    run(suite, tmp_path, 'FormTest', script)
    first = (tmp_path / 'one.png').read_bytes()
    run(suite, tmp_path, 'FormTest', script)
    assert (tmp_path / 'one.png').read_bytes() == first


# ---------------------------------------------------------------- List and TextBox

def test_lists_and_select_command(suite, tmp_path):
    script = ';'.join([
        'screenshot menu.png', 'key FIRE',                     # IMPLICIT: SELECT_COMMAND
        keys('DOWN', 'FIRE', 'SOFT1'),                         # EXCLUSIVE: pick Two, Done
        keys('DOWN', 'FIRE'),                                  # -> Many
        keys('FIRE', 'DOWN', 'DOWN', 'FIRE', 'DOWN', 'FIRE', 'UP', 'FIRE', 'SOFT2'),
        'screenshot back.png'])
    out = run(suite, tmp_path, 'ListTest', script)
    assert out == ['select 0 Single choice', 'Done Single 010 count=1 index=1',
                   'select 1 Many choices', 'Back Many 1001 count=2 index=-1']
    # the highlight is on the first row at the start, on the second after coming back
    first = rows_with(shot(tmp_path, 'menu.png'), FOCUS, 0, 200)
    second = rows_with(shot(tmp_path, 'back.png'), FOCUS, 0, 200)
    assert first and second
    assert second[-1] > first[-1]


def test_list_scrolls(suite, tmp_path):
    run(suite, tmp_path, 'ListTest', 'screenshot a.png;' + keys(*['DOWN'] * 23) + ';screenshot b.png')
    a = rows_with(shot(tmp_path, 'a.png'), SCROLL_THUMB, W - 3, W)
    b = rows_with(shot(tmp_path, 'b.png'), SCROLL_THUMB, W - 3, W)
    assert a and b and b[0] > a[0]


def test_textbox_sentence_caps_and_caret(suite, tmp_path):
    script = ';'.join([keys('DOWN', 'DOWN', 'FIRE'), multitap('hello. a'),
                       keys('LEFT', 'LEFT', 'CLEAR', 'SOFT1')])
    out = run(suite, tmp_path, 'ListTest', script)
    assert out == ['select 2 Write a note', 'Done note=Hello A caret=5']


# ---------------------------------------------------------------- Alert, Ticker, CustomItem

def test_timed_alert_returns_to_the_form(suite, tmp_path):
    script = ';'.join(['wait 100', 'screenshot home.png', keys('SOFT1', 'FIRE'), 'wait 100',
                       'screenshot alert.png', 'wait 2000', 'screenshot still.png',
                       'wait 1000', 'screenshot back.png'])
    out = run(suite, tmp_path, 'AlertTest', script)
    assert out[:4] == ['grid size 60x60', 'grid shown', 'command Info', 'grid hidden']
    assert out[4] == 'grid shown'
    alert = shot(tmp_path, 'alert.png')
    assert count(alert, INFO_BLUE) > 50                   # the INFO icon
    assert count(shot(tmp_path, 'still.png'), INFO_BLUE) > 50
    assert count(shot(tmp_path, 'back.png'), INFO_BLUE) == 0
    home, back = shot(tmp_path, 'home.png'), shot(tmp_path, 'back.png')
    content = slice(60 * W, 300 * W)                      # below title and ticker, above the soft keys
    assert home[content] == back[content]
    assert alert[content] != home[content]


def test_modal_alert_waits_and_leads_to_next(suite, tmp_path):
    script = ';'.join([keys('SOFT1', 'DOWN', 'FIRE'), 'wait 10000', 'screenshot ask.png',
                       'key FIRE', 'screenshot other.png'])
    out = run(suite, tmp_path, 'AlertTest', script)
    assert 'command Ask' in out and 'timeout -2 default true' in out
    assert count(shot(tmp_path, 'ask.png'), 0x2E7D32) > 50    # still there after 10 s
    assert count(shot(tmp_path, 'other.png'), 0x2E7D32) == 0


def test_alert_with_two_commands_and_running_gauge(suite, tmp_path):
    script = ';'.join([keys('SOFT1', 'DOWN', 'DOWN', 'FIRE'), 'wait 300', 'screenshot a.png',
                       'wait 300', 'screenshot b.png', 'wait 5000', 'key SOFT1'])
    out = run(suite, tmp_path, 'AlertTest', script)
    assert out[-3:] == ['modal timeout -2', 'grid hidden', 'command Yes']
    a, b = shot(tmp_path, 'a.png'), shot(tmp_path, 'b.png')
    assert count(a, WARNING_AMBER) > 50
    assert a != b                                          # the indefinite gauge moves


def test_ticker_scrolls_only_its_line(suite, tmp_path):
    run(suite, tmp_path, 'AlertTest', 'wait 100;screenshot a.png;wait 500;screenshot b.png')
    a, b = shot(tmp_path, 'a.png'), shot(tmp_path, 'b.png')
    changed = [y for y in range(H) if a[y * W:(y + 1) * W] != b[y * W:(y + 1) * W]]
    assert changed
    assert max(changed) - min(changed) < 20                # one text line: the ticker's
    assert min(changed) > 8                                # below the title bar


def test_custom_item_traversal_and_keys(suite, tmp_path):
    script = keys('DOWN', 'DOWN', 'RIGHT', '5', 'DOWN', 'DOWN', 'DOWN', 'UP', 'UP')
    out = run(suite, tmp_path, 'AlertTest', script + ';screenshot g.png')
    assert out == ['grid size 60x60', 'grid shown', 'grid at 0,0', 'grid at 0,1', 'grid at 1,1',
                   'grid key 53 action 8', 'state Grid', 'grid at 1,2', 'grid out',
                   'grid at 1,2', 'grid at 1,1']
    assert count(shot(tmp_path, 'g.png'), 0xFF0000) == 19 * 19


# ---------------------------------------------------------------- API behaviour

API_EXPECTED = {
    'append': '0', 'twoForms': 'java.lang.IllegalStateException',
    'appendNull': 'java.lang.NullPointerException', 'insertBad': 'java.lang.IndexOutOfBoundsException',
    'getBad': 'java.lang.IndexOutOfBoundsException', 'deleteThenReuse': '0', 'formSize': '0,1',
    'setLayoutBad': 'java.lang.IllegalArgumentException', 'prefSizeBad': 'java.lang.IllegalArgumentException',
    'notifyUnowned': 'java.lang.IllegalStateException', 'spacerNeg': 'java.lang.IllegalArgumentException',
    'spacerCommand': 'java.lang.IllegalStateException', 'spacerLabel': 'java.lang.IllegalStateException',
    'stringItemMode': 'java.lang.IllegalArgumentException',
    'tfMax0': 'java.lang.IllegalArgumentException', 'tfTooLong': 'java.lang.IllegalArgumentException',
    'tfBadConstraint': 'java.lang.IllegalArgumentException',
    'tfNumericText': 'java.lang.IllegalArgumentException', 'tfNumericOk': '-12', 'tfDecimal': '1.5',
    'tfDecimal2': 'java.lang.IllegalArgumentException', 'tfInsert': 'heXYllo', 'tfInsertFar': 'heXYllo!',
    'tfInsertFull': 'java.lang.IllegalArgumentException', 'tfDelete': 'XYllo! 6',
    'tfDeleteBad': 'java.lang.StringIndexOutOfBoundsException',
    'tfGetCharsSmall': 'java.lang.ArrayIndexOutOfBoundsException', 'tfSetMax': '3 XYl', 'tfSetChars': 'bc',
    'tfSetCharsBad': 'java.lang.ArrayIndexOutOfBoundsException', 'tfConstraintsClear': '[] 2',
    'gaugeMax0': 'java.lang.IllegalArgumentException',
    'gaugeIndefInteractive': 'java.lang.IllegalArgumentException',
    'gaugeIndefBadValue': 'java.lang.IllegalArgumentException', 'gaugeClamp': '10,0', 'gaugeToIndef': '0',
    'cgImplicit': 'java.lang.IllegalArgumentException', 'listPopup': 'java.lang.IllegalArgumentException',
    'listNullString': 'java.lang.NullPointerException', 'listImagesLength': 'java.lang.IllegalArgumentException',
    'exEmptyIndex': '-1', 'exFirstSelected': '0', 'exSetFalseIgnored': '0', 'exDeleteSelected': '1',
    'exGetBad': 'java.lang.IndexOutOfBoundsException', 'exInsertBad': 'java.lang.IndexOutOfBoundsException',
    'exAppendNull': 'java.lang.NullPointerException', 'exFlagsShort': 'java.lang.IllegalArgumentException',
    'exSetFlags': '0', 'fitBad': 'java.lang.IllegalArgumentException', 'multi': '2 -1 truefalsetruefalse',
    'selectCommand': 'true', 'dateBadMode': 'java.lang.IllegalArgumentException', 'dateNull': 'null',
    'dateTimeOnly': str(22 * 3600000 + 13 * 60000), 'dateDateOnly': '1699920000000',
    'alertTimeoutBad': 'java.lang.IllegalArgumentException', 'alertForever': '-2',
    'alertIndicatorInteractive': 'java.lang.IllegalArgumentException',
    'alertIndicatorLabel': 'java.lang.IllegalArgumentException', 'alertIndicator': 'ok',
    'indicatorInForm': 'java.lang.IllegalStateException', 'indicatorCommand': 'java.lang.IllegalStateException',
    'alertNextAlert': 'java.lang.IllegalArgumentException', 'alertNextNull': 'java.lang.NullPointerException',
    'soundNull': 'java.lang.NullPointerException', 'sound': 'true',
    'currentItemUnowned': 'java.lang.IllegalStateException',
    'currentItemAlert': 'java.lang.IllegalStateException', 'tickerNull': 'java.lang.NullPointerException',
    'screen': 'true',
}


def test_api_behaviour(suite, tmp_path):
    out = run(suite, tmp_path, 'ApiTest', 'wait 10')
    results = dict(line[2:].split('=', 1) for line in out if line.startswith('R '))
    assert results == API_EXPECTED
