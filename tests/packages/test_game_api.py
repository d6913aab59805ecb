"""javax.microedition.lcdui.game: MIDlets (tests/packages/midlets_src/game/) run headless
and print what they find or paint it; the expected values are worked out here from the
MIDP 2.0 definitions (transforms as mirror-then-rotate-clockwise on pixel grids, the
collision rules, the frame and tile rules), not from what Kava does."""

import os

import pytest

from packages.app.devices import PROFILES
from tests.packages.midlets import build_suite, run_suite, screenshot_pixels

SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'midlets_src', 'game')
MIDLETS = [('Logic', 'game.LogicTest'), ('Paint', 'game.PaintTest'),
           ('Flush', 'game.FlushTest'), ('Keys', 'game.KeysTest')]
BLACK = 0x000000


@pytest.fixture(scope='module')
def suite(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp('game'))
    sources = {}
    for name in sorted(os.listdir(SOURCES)):
        with open(os.path.join(SOURCES, name), encoding='utf-8') as f:
            sources['game/' + name] = f.read()
    return folder, build_suite(folder, sources, MIDLETS)


def run(suite, number, script, *options):
    folder, jad = suite
    result = run_suite(jad, script, folder, '--midlet', str(number), *options)
    assert result.returncode == 0, result.stderr
    return result.stdout


def screenshot(suite, name):
    width, height, pixels = screenshot_pixels(os.path.join(suite[0], name))
    return lambda x, y: pixels[y * width + x]


# ---- the transforms, from their definitions ---------------------------------------------

# MIDP's values, and what each does: reflect about the vertical center, then turn clockwise.
TRANSFORMS = {0: (False, 0), 5: (False, 90), 3: (False, 180), 6: (False, 270),
              2: (True, 0), 7: (True, 90), 1: (True, 180), 4: (True, 270)}
NAMES = {'TRANS_NONE': 0, 'TRANS_ROT90': 5, 'TRANS_ROT180': 3, 'TRANS_ROT270': 6,
         'TRANS_MIRROR': 2, 'TRANS_MIRROR_ROT90': 7, 'TRANS_MIRROR_ROT180': 1,
         'TRANS_MIRROR_ROT270': 4}


def transformed(grid, t):
    """A grid (list of rows) as it looks under transform t."""
    mirror, degrees = TRANSFORMS[t]
    rows = [list(reversed(r)) for r in grid] if mirror else [list(r) for r in grid]
    for _ in range(degrees // 90):
        rows = [list(r) for r in zip(*rows[::-1])]      # a quarter turn clockwise
    return rows


def landing(w, h, t, i, j):
    """Where pixel (i, j) of a w x h frame is in the transformed frame, and that frame's size."""
    grid = transformed([[(x, y) for x in range(w)] for y in range(h)], t)
    for ty, row in enumerate(grid):
        if (i, j) in row:
            return row.index((i, j)), ty, len(grid[0]), len(grid)
    raise ValueError((i, j))


# ---- logic: printed results ---------------------------------------------------------------

@pytest.fixture(scope='module')
def logic(suite):
    out = run(suite, 1, 'wait 10\n')
    assert out.rstrip().endswith('done'), out
    return dict(line.split('=', 1) for line in out.splitlines() if '=' in line)


IAE = 'java.lang.IllegalArgumentException'
IOOBE = 'java.lang.IndexOutOfBoundsException'
AIOOBE = 'java.lang.ArrayIndexOutOfBoundsException'
NPE = 'java.lang.NullPointerException'


def test_constants(logic):
    for name, value in NAMES.items():
        assert logic[name] == str(value)
    actions = dict(UP=1, DOWN=6, LEFT=2, RIGHT=5, FIRE=8, GAME_A=9, GAME_B=10, GAME_C=11, GAME_D=12)
    for name, action in actions.items():
        assert logic[name + '_PRESSED'] == str(1 << action)


def test_transforms_keep_the_reference_pixel(logic):
    for t in range(8):
        tx, ty, tw, th = landing(6, 4, t, 1, 3)
        assert logic['transform.%d' % t] == '%d,%d,%d,%d,50,60' % (50 - tx, 60 - ty, tw, th), t
    # transforms replace each other, they do not add up
    tx, ty, tw, th = landing(6, 4, NAMES['TRANS_MIRROR'], 1, 3)
    assert logic['transform.replaced'] == '%d,%d,%d,%d,50,60' % (50 - tx, 60 - ty, tw, th)
    assert logic['transform.outside_ref'] == '100,100'
    assert logic['define_ref.no_move'] == '10,10,6,4,12,13'
    assert logic['move'] == '7,15,6,4,9,18'
    assert logic['setTransform(8)'] == IAE


def test_frame_sequences(logic):
    assert logic['frames.raw'] == '4'
    assert logic['frames.len'] == '4'
    assert logic['frames.next5'] == '1'           # 5 steps around 4 frames
    assert logic['frames.prev2'] == '3'           # 1 -> 0 -> 3
    assert logic['frames.custom'] == '0,3'        # a new sequence starts at its first entry
    assert logic['frames.custom_prev'] == '2'
    assert logic['setFrame(3)'] == IOOBE
    assert logic['setFrame(-1)'] == IOOBE
    assert logic['setFrame(2)'] == 'ok'
    assert logic['setFrameSequence(empty)'] == IAE
    assert logic['setFrameSequence({4})'] == AIOOBE
    assert logic['frames.default_again'] == '0,4'
    assert logic['new Sprite(12x8, 5, 4)'] == IAE
    assert logic['new Sprite(12x8, 6, 3)'] == IAE
    assert logic['new Sprite(12x8, 0, 4)'] == IAE
    assert logic['new Sprite(null)'] == NPE
    assert logic['defineCollisionRectangle(w<0)'] == IAE
    assert logic['copy'] == '4,4'


def test_set_image(logic):
    # as many frames or more: current frame and custom sequence stay
    assert logic['setImage.more'] == '1,2,6'
    # fewer: back to the default sequence, at its start
    assert logic['setImage.fewer'] == '0,1,1'
    assert logic['setImage.default_grows'] == '6'
    tx, ty, tw, th = landing(4, 4, NAMES['TRANS_ROT90'], 1, 3)
    assert logic['setImage.ref'] == '%d,%d,%d,%d,40,40' % (40 - tx, 40 - ty, tw, th)
    assert logic['setImage.same_size_keeps_rect'] == 'false'
    assert logic['setImage.new_size_resets_rect'] == 'true'


def test_rectangle_and_pixel_collisions(logic):
    assert logic['rect.overlap'] == 'true,true'
    assert logic['rect.adjacent'] == 'false'
    assert logic['rect.side_by_side'] == 'false'
    assert logic['rect.invisible'] == 'false,false,false'
    assert logic['pixel.transparent_corner'] == 'true,false'
    assert logic['pixel.opaque_corner'] == 'true'
    assert logic['pixel.unmirrored'] == 'false'
    assert logic['pixel.mirrored'] == 'true'
    assert logic['pixel.alpha1'] == 'true'         # only alpha 0 is transparent
    assert logic['pixel.alpha0'] == 'false,true'


def test_collision_rectangles(logic):
    assert logic['collrect.outside'] == 'false'
    assert logic['collrect.inside'] == 'true'
    # a 6x4 frame whose collision rectangle is its two left columns, at (0, 0) after
    # the transform, probed by 1x1 sprites
    probes = [(0, 2), (3, 1), (1, 3), (3, 0), (5, 0), (0, 5), (4, 4)]
    mask = [[x < 2 for x in range(6)] for _ in range(4)]
    for t in range(8):
        m = transformed(mask, t)
        expected = ''.join('1' if 0 <= y < len(m) and 0 <= x < len(m[0]) and m[y][x] else '0'
                           for x, y in probes)
        assert logic['collrect.transform.%d' % t] == expected, t
    assert logic['collrect.pixel_outside'] == 'false'
    assert logic['collrect.pixel_inside'] == 'true'
    # beyond the frame a rectangle collides, but there are no pixels there
    assert logic['collrect.beyond_frame'] == 'true,false'
    assert logic['collrect.empty'] == 'false'


def test_tiled_layer_collisions(logic):
    assert logic['tiled.empty_cell'] == 'false'
    assert logic['tiled.full_cell'] == 'true,true'
    assert logic['tiled.sparse_cell_miss'] == 'true,false'
    assert logic['tiled.sparse_cell_hit'] == 'true'
    assert logic['tiled.animated_empty_pixel'] == 'false'
    assert logic['tiled.animated_full'] == 'true,true'
    assert logic['tiled.outside'] == 'false'
    assert logic['tiled.invisible'] == 'false,false'
    assert logic['tiled.sprite_invisible'] == 'false'


def test_image_collisions(logic):
    assert logic['image.hit'] == 'true,true'
    assert logic['image.transparent'] == 'true,false'
    assert logic['image.outside'] == 'false'
    assert logic['image.invisible'] == 'false'
    assert logic['image.mutable'] == 'true'


def test_tiles(logic):
    assert logic['tiles.size'] == '16,12,4,3,4,4'
    assert logic['tiles.animated_indices'] == '-1,-2'
    assert logic['tiles.animated_values'] == '2,1'
    for call in ('getAnimatedTile(-3)', 'getAnimatedTile(0)', 'createAnimatedTile(3)',
                 'createAnimatedTile(-1)', 'setAnimatedTile(-1,3)', 'setCell(-3)', 'setCell(3)',
                 'setCell(col 4)', 'getCell(row 3)', 'fillCells(outside)'):
        assert logic[call] == IOOBE, call
    assert logic['setCell(-2)'] == 'ok'
    assert logic['tiles.filled'] == '-2,1,1,0,0'
    assert logic['fillCells(w<0)'] == IAE
    assert logic['fillCells(empty)'] == 'ok'
    assert logic['new TiledLayer(5 wide tiles)'] == IAE
    assert logic['new TiledLayer(0 columns)'] == IAE
    # a tile set with more tiles keeps cells and animated tiles; one with fewer clears them
    assert logic['tiles.more'] == '1,2,1'
    assert logic['tiles.fewer'] == '0,0,24,18'
    assert logic['tiles.fewer_animated'] == IOOBE
    assert logic['tiles.fewer_new_animated'] == '-1'


def test_layer_manager_list(logic):
    assert logic['lm.append'] == 'abc'
    assert logic['lm.append_again'] == 'bca'       # taken out, then appended last
    assert logic['lm.insert_front'] == 'abc'
    assert logic['lm.insert(d,4)'] == IOOBE
    assert logic['lm.insert(a,3)'] == IOOBE       # a is already in: 2 others
    assert logic['lm.insert(d,-1)'] == IOOBE
    assert logic['lm.insert_last'] == 'bca'
    assert logic['lm.insert_new'] == 'bcad'
    assert logic['lm.remove'] == 'cad;3'
    assert logic['lm.getLayerAt(3)'] == IOOBE
    assert logic['lm.append(null)'] == NPE
    assert logic['lm.setViewWindow(h<0)'] == IAE


# ---- painting: screenshots --------------------------------------------------------------

RED, GREEN, BLUE = 0xFF0000, 0x00FF00, 0x0000FF
ARROW = [[0xFF0000, 0x00FF00, 0x0000FF], [0xFFFF00, 0xFF00FF, 0x00FFFF]]
FRAME_COLORS = [0x800000, 0x008000, 0x000080, 0x808000]
TILE_COLORS = [0xC00000, 0x00C000, 0x0000C0]


@pytest.fixture(scope='module')
def painted(suite):
    run(suite, 2, 'wait 50\nscreenshot paint.png\n')
    return screenshot(suite, 'paint.png')


def check_area(pixel, x0, y0, x1, y1, expected):
    """Every pixel of [x0, x1) x [y0, y1) is expected(x, y)."""
    wrong = [(x, y, '%06x' % pixel(x, y), '%06x' % expected(x, y))
             for y in range(y0, y1) for x in range(x0, x1) if pixel(x, y) != expected(x, y)]
    assert not wrong, wrong[:10]


def test_layer_manager_view_window_and_z_order(painted):
    def world(wx, wy):
        if 10 <= wx < 30 and 10 <= wy < 30:
            return RED                 # index 1: over green and blue
        if 20 <= wx < 40 and 20 <= wy < 40:
            return GREEN
        if 0 <= wx < 40 and 0 <= wy < 40:
            return BLUE
        return BLACK                   # the hidden yellow layer (index 0) is never drawn

    def expected(x, y):
        if 100 <= x < 130 and 10 <= y < 35:      # the 30x25 window onto (5, 5), drawn at (100, 10)
            return world(x - 100 + 5, y - 10 + 5)
        return BLACK
    check_area(painted, 90, 0, 150, 50, expected)
    # paint gives back the clip and the translation
    check_area(painted, 0, 0, 2, 2, lambda x, y: 0xFFFFFF)


def test_sprite_transforms_painted(painted):
    placed = {}
    for t in range(8):
        grid = transformed(ARROW, t)
        tx, ty, _, _ = landing(3, 2, t, 0, 0)
        left, top = 10 + 10 * t - tx, 100 - ty
        for j, row in enumerate(grid):
            for i, color in enumerate(row):
                placed[(left + i, top + j)] = color
    check_area(painted, 5, 95, 95, 106, lambda x, y: placed.get((x, y), BLACK))


def test_frames_painted(painted):
    def expected(x, y):
        if 150 <= y < 152:
            if 10 <= x < 12 or 20 <= x < 22:
                return FRAME_COLORS[1]           # sequence {3, 1, 2} after nextFrame; the copy too
            if 30 <= x < 32:
                return FRAME_COLORS[2]           # two prevFrame from index 1 wrap to index 2
        return BLACK                             # the invisible one at x = 40
    check_area(painted, 5, 145, 50, 156, expected)


def test_tiled_layer_painted_with_animated_tiles_and_clip(painted):
    cells = [[1, 2, 3, 3], [3, 0, 3, 3]]         # animated tile shows 3; cell (1, 1) empty

    def layer_at(left, x, y):
        c, r = (x - left) // 4, (y - 200) // 4
        if 0 <= c < 4 and 0 <= r < 2 and x >= left and y >= 200 and cells[r][c]:
            return TILE_COLORS[cells[r][c] - 1]
        return BLACK

    def expected(x, y):
        if x < 40:
            return layer_at(10, x, y)
        if 64 <= x < 72 and 200 <= y < 206:      # the clip of the second copy
            return layer_at(60, x, y)
        return BLACK
    check_area(painted, 5, 195, 90, 212, expected)


# ---- GameCanvas -----------------------------------------------------------------------------

def test_flush_graphics(suite):
    out = run(suite, 3, 'wait 50\nscreenshot f0.png\nkey 0\nscreenshot f1.png\nkey 0\n'
                        'screenshot f2.png\nkey 0\nscreenshot f3.png\nkey 0\nscreenshot f4.png\n')
    # each getGraphics is new, in the default state, clipped to the whole buffer
    assert 'graphics.fresh=true,0,0,0,0,240,320' in out
    assert 'canvas.size=240,320' in out
    check_area(screenshot(suite, 'f0.png'), 0, 0, 240, 320, lambda x, y: 0xFFFFFF)   # buffer starts white
    check_area(screenshot(suite, 'f1.png'), 0, 0, 240, 320, lambda x, y: RED)

    def regions(x, y):
        if (10 <= x < 40 and 20 <= y < 60) or (x < 5 and y < 5):
            return BLUE
        return RED
    check_area(screenshot(suite, 'f2.png'), 0, 0, 240, 320, regions)
    check_area(screenshot(suite, 'f3.png'), 0, 0, 240, 320, regions)   # drawn, not flushed
    check_area(screenshot(suite, 'f4.png'), 0, 0, 240, 320, lambda x, y: GREEN)  # paint draws the buffer


KEYS_SCRIPT = '''wait 50
key 0
key FIRE
key 0
key 0
press LEFT
key 0
key 0
release LEFT
key 0
key FIRE
key UP
key 0
press RIGHT
key STAR
key 0
key FIRE
key 0
release RIGHT
'''


@pytest.mark.parametrize('device', ['qvga', 's60'])     # s60 has other key codes
def test_key_states_latch_and_suppression(suite, device):
    lines = run(suite, 4, KEYS_SCRIPT, '--device', device).splitlines()
    fire, left, up, right = (PROFILES[device].key_code(k) for k in ('FIRE', 'LEFT', 'UP', 'RIGHT'))
    fire_bit, left_bit, up_bit = 1 << 8, 1 << 2, 1 << 1
    polls_a = [int(l.split()[2]) for l in lines if l.startswith('A poll')]
    # a FIRE pressed and released between two polls shows once; a held LEFT shows
    # until it is released; two keys between polls show together
    assert polls_a == [0, fire_bit, 0, left_bit, left_bit, 0, fire_bit | up_bit]
    # A suppresses its game keys' events; other keys still come
    events_a = [l for l in lines if l.startswith('A ') and not l.startswith('A poll')]
    for code in (fire, left, up, right):
        assert not [l for l in events_a if l.split()[2] == str(code)], code
    assert 'A pressed 48' in events_a and 'A released 48' in events_a
    assert 'A pressed %d' % ord('*') in events_a
    # B was just shown: RIGHT (pressed on A) is not in its states, and A, hidden, reports nothing
    polls_b = [l for l in lines if l.startswith('B poll')]
    assert polls_b == ['B poll 0 A 0', 'B poll %d A 0' % fire_bit]
    # B does not suppress
    assert 'B pressed %d' % fire in lines and 'B released %d' % fire in lines
