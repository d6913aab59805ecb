"""The phone's screen on the desktop: a pygame window (integer scale, keyboard and mouse
as the phone's keys and pointer). With no display, SDL's dummy video driver runs the
same code (nothing is shown; screenshots still come from the frame)."""

import os

from kvm_core.files import write_atomically
from packages.graphics import png

# Desktop key -> phone key name. Change it with `kava run --keys "space=FIRE,q=SOFT1"`.
DEFAULT_KEYMAP = {
    'up': 'UP', 'down': 'DOWN', 'left': 'LEFT', 'right': 'RIGHT',
    'return': 'FIRE', 'enter': 'FIRE',
    'f1': 'SOFT1', 'f2': 'SOFT2', 'backspace': 'CLEAR',
    '*': 'STAR', '[*]': 'STAR', '#': 'POUND', '[/]': 'POUND',
    **{str(d): str(d) for d in range(10)},
    **{'[%d]' % d: str(d) for d in range(10)},
}
PHONE_KEYS = ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'STAR', 'POUND',
              'UP', 'DOWN', 'LEFT', 'RIGHT', 'FIRE', 'SOFT1', 'SOFT2', 'CLEAR')


def parse_keymap(spec):
    """DEFAULT_KEYMAP changed by "desktopkey=PHONEKEY,...": desktop keys by pygame's
    names (pygame.key.name: 'space', 'a', 'left shift')."""
    keymap = dict(DEFAULT_KEYMAP)
    for item in filter(None, (part.strip() for part in (spec or '').split(','))):
        desktop, sep, phone = item.rpartition('=')
        if not sep or not desktop or phone not in PHONE_KEYS:
            raise ValueError('bad key mapping %r: use desktopkey=PHONEKEY, PHONEKEY one of %s'
                             % (item, ' '.join(PHONE_KEYS)))
        keymap[desktop.lower()] = phone
    return keymap


def write_screenshot(path, width, height, bgra):
    """The frame as a PNG of the phone screen at its native size."""
    from array import array
    pixels = array('i')
    pixels.frombytes(bgra)
    write_atomically(path, png.encode(width, height, pixels))


class ScreenError(Exception):
    """The window cannot be opened; the message says why."""


class PygameScreen:
    """The window. poll() turns desktop input into phone events; show() draws a frame."""

    def __init__(self, width, height, scale, title, keymap, headless):
        if headless:
            os.environ['SDL_VIDEODRIVER'] = 'dummy'
            os.environ['SDL_AUDIODRIVER'] = 'dummy'
        os.environ.setdefault('PYGAME_HIDE_SUPPORT_PROMPT', '1')
        import pygame
        self.pygame = pygame
        pygame.display.init()
        self.width, self.height, self.scale = width, height, scale
        try:
            self.window = pygame.display.set_mode((width * scale, height * scale))
        except pygame.error as e:
            pygame.display.quit()
            raise ScreenError('cannot open a %dx%d window (--scale %d): %s'
                              % (width * scale, height * scale, scale, e)) from None
        pygame.display.set_caption(title)
        self.keymap = keymap
        self.shown_frame = None
        self.mouse_down = False
        self.keys_down = {}           # pygame key -> the phone key its press was mapped to

    def poll(self, host):
        """Tell the host what happened on the desktop (host.key_event(pressed, NAME),
        host.pointer_event('press'|'release'|'drag', x, y), host.lifecycle_event(paused));
        False when the window closed."""
        pygame = self.pygame
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                return False
            if event.type in (pygame.WINDOWMINIMIZED, pygame.WINDOWRESTORED):
                host.lifecycle_event(event.type == pygame.WINDOWMINIMIZED)   # the app pauses while hidden
            if event.type == pygame.KEYDOWN:
                # the typed character first, so Shift+8 is '*' and Shift+3 is '#'
                name = self.keymap.get(event.unicode) if event.unicode in ('*', '#') else None
                name = name or self.keymap.get(pygame.key.name(event.key))
                if name is not None:
                    self.keys_down[event.key] = name
                    host.key_event(True, name)
            elif event.type == pygame.KEYUP and event.key in self.keys_down:
                host.key_event(False, self.keys_down.pop(event.key))
            elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
                self.mouse_down = True
                host.pointer_event('press', *self.phone_point(event.pos))
            elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
                self.mouse_down = False
                host.pointer_event('release', *self.phone_point(event.pos))
            elif event.type == pygame.MOUSEMOTION and self.mouse_down:
                host.pointer_event('drag', *self.phone_point(event.pos))
        return True

    def phone_point(self, pos):
        return pos[0] // self.scale, pos[1] // self.scale

    def show(self, frame):
        """Draw the frame (BGRA bytes) scaled into the window, if it changed."""
        if frame is self.shown_frame:
            return
        pygame = self.pygame
        surface = pygame.image.frombuffer(frame, (self.width, self.height), 'BGRA')
        if self.scale != 1:
            surface = pygame.transform.scale(surface, (self.width * self.scale, self.height * self.scale))
        self.window.blit(surface, (0, 0))
        pygame.display.flip()
        self.shown_frame = frame

    def close(self):
        self.pygame.display.quit()
