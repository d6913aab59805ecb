"""The desktop screen: keyboard and mouse become phone keys and pointer events, frames are
drawn scaled, screenshots hold the phone screen only. Runs on SDL's dummy video driver."""

import pytest

from packages.graphics import png
from packages.graphics.screen import DEFAULT_KEYMAP, PygameScreen, parse_keymap, write_screenshot


class RecordingHost:
    def __init__(self):
        self.calls = []

    def key_event(self, pressed, name):
        self.calls.append(('key', pressed, name))

    def pointer_event(self, kind, x, y):
        self.calls.append(('pointer', kind, x, y))

    def lifecycle_event(self, paused):
        self.calls.append(('paused', paused))


@pytest.fixture
def screen():
    s = PygameScreen(24, 32, 3, 'Test', parse_keymap('space=FIRE'), headless=True)
    yield s
    s.close()


def post(screen, kind, **attrs):
    screen.pygame.event.post(screen.pygame.event.Event(kind, **attrs))


def test_keys_become_phone_keys(screen):
    pg = screen.pygame
    host = RecordingHost()
    post(screen, pg.KEYDOWN, key=pg.K_UP, unicode='', mod=0, scancode=0)
    post(screen, pg.KEYUP, key=pg.K_UP, unicode='', mod=0, scancode=0)
    post(screen, pg.KEYDOWN, key=pg.K_8, unicode='*', mod=pg.KMOD_SHIFT, scancode=0)   # Shift+8 types '*'
    post(screen, pg.KEYUP, key=pg.K_8, unicode='', mod=0, scancode=0)
    post(screen, pg.KEYDOWN, key=pg.K_SPACE, unicode=' ', mod=0, scancode=0)            # mapped by --keys
    post(screen, pg.KEYDOWN, key=pg.K_F2, unicode='', mod=0, scancode=0)
    post(screen, pg.KEYDOWN, key=pg.K_z, unicode='z', mod=0, scancode=0)                # not a phone key
    assert screen.poll(host)
    assert host.calls == [('key', True, 'UP'), ('key', False, 'UP'), ('key', True, 'STAR'),
                          ('key', False, 'STAR'), ('key', True, 'FIRE'), ('key', True, 'SOFT2')]


def test_mouse_is_the_pointer_in_phone_pixels(screen):
    pg = screen.pygame
    host = RecordingHost()
    post(screen, pg.MOUSEMOTION, pos=(30, 30), rel=(0, 0), buttons=(0, 0, 0))          # no button: ignored
    post(screen, pg.MOUSEBUTTONDOWN, pos=(31, 62), button=1)
    post(screen, pg.MOUSEMOTION, pos=(40, 65), rel=(9, 3), buttons=(1, 0, 0))
    post(screen, pg.MOUSEBUTTONUP, pos=(44, 67), button=1)
    assert screen.poll(host)
    assert host.calls == [('pointer', 'press', 10, 20), ('pointer', 'drag', 13, 21),
                          ('pointer', 'release', 14, 22)]


def test_closing_the_window_ends_the_run(screen):
    post(screen, screen.pygame.QUIT)
    assert screen.poll(RecordingHost()) is False


def test_frames_are_scaled_into_the_window(screen):
    frame = bytes([0, 0, 255, 255]) * (24 * 32)             # BGRA: red
    screen.show(frame)
    assert screen.window.get_size() == (72, 96)
    assert tuple(screen.window.get_at((71, 95)))[:3] == (255, 0, 0)


def test_screenshot_is_the_phone_screen_at_native_size(tmp_path):
    frame = bytearray(bytes([255, 255, 255, 255]) * 6)
    frame[4:8] = bytes([0x30, 0x20, 0x10, 0xFF])             # pixel 1 is 0x102030
    path = str(tmp_path / 'shots' / 'a.png')
    write_screenshot(path, 3, 2, bytes(frame))
    width, height, pixels, _ = png.decode(open(path, 'rb').read())
    assert (width, height) == (3, 2)
    assert [p & 0xFFFFFF for p in pixels] == [0xFFFFFF, 0x102030, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF]


def test_keymap_changes_are_checked():
    assert parse_keymap('q=SOFT1')['q'] == 'SOFT1'
    assert parse_keymap('')['return'] == 'FIRE' == DEFAULT_KEYMAP['return']
    for bad in ('q=JUMP', '=FIRE', 'FIRE'):
        with pytest.raises(ValueError):
            parse_keymap(bad)
