"""Natives of com.kava.midp.Host: the MIDlet's view of the phone host (host.py)."""

import os

from kvm_core.natives.registry import NativeTable
from packages.app.devices import LOGICAL_KEYS
from packages.app.host import phone_of

NATIVES = NativeTable()
native = NATIVES.native


MAX_POSTED_EVENTS = 4096     # events Java may have queued at once (lcdui needs two)


def not_null(vm, value):
    """value, or NullPointerException when the Java caller passed null."""
    if value is None:
        vm.throw('java/lang/NullPointerException', None)
    return value


def java_string(vm, s):
    """The Python str of a String argument; NullPointerException for null."""
    return vm.to_pystr(not_null(vm, s))


@native('com/kava/midp/Host.nextEvent([I)I')
def next_event(vm, out):
    host = phone_of(vm)
    if not_null(vm, out).length < 4:                       # checked before an event is taken
        vm.throw('java/lang/ArrayIndexOutOfBoundsException', 'an event needs 4 ints, not %d' % out.length)
    if not host.events:
        host.waiting_for_events(vm.current_thread.sched)    # parks; this call re-runs later
    event = host.events.popleft()
    for i, value in enumerate(event):
        out.set_item(i, value)
    return event[0]


@native('com/kava/midp/Host.post(IIII)V')
def post(vm, kind, a, b, c):
    host = phone_of(vm)
    if len(host.events) >= MAX_POSTED_EVENTS:              # an app flooding the host's queue
        vm.throw('java/lang/IllegalStateException', 'the event queue is full')
    host.post(kind, a, b, c)


@native('com/kava/midp/Host.present([III)V')
def present(vm, pixels, width, height):
    host = phone_of(vm)
    device = host.device
    not_null(vm, pixels)
    if (width, height) != (device.width, device.height):
        vm.throw('java/lang/IllegalArgumentException', 'a frame is %dx%d pixels, not %dx%d'
                 % (device.width, device.height, width, height))
    if pixels.length < width * height:
        vm.throw('java/lang/ArrayIndexOutOfBoundsException', 'a %dx%d frame needs %d pixels, not %d'
                 % (width, height, width * height, pixels.length))
    host.present(quantize(device, pixels.to_bytes()[:width * height * 4]))


def quantize(device, bgra):
    """The frame as the device's screen shows it: each channel cut to its bit depth."""
    if device.colors >= 1 << 24:
        return bgra
    frame = bytearray(bgra)
    for offset, table in zip((2, 1, 0), device.channel_tables):     # R, G, B bytes of BGRA
        frame[offset::4] = frame[offset::4].translate(table)
    return bytes(frame)


@native('com/kava/midp/Host.screenWidth()I')
def screen_width(vm):
    return phone_of(vm).device.width


@native('com/kava/midp/Host.screenHeight()I')
def screen_height(vm):
    return phone_of(vm).device.height


@native('com/kava/midp/Host.keyCode(I)I')
def key_code(vm, logical):
    device = phone_of(vm).device
    if not 0 <= logical < len(LOGICAL_KEYS):
        vm.throw('java/lang/IllegalArgumentException', 'no logical key %d' % logical)
    return device.logical_code(logical)


@native('com/kava/midp/Host.appProperty(Ljava/lang/String;)Ljava/lang/String;')
def app_property(vm, key):
    value = phone_of(vm).suite.attribute(java_string(vm, key))
    return None if value is None else vm.new_string(value)


@native('com/kava/midp/Host.platformRequest(Ljava/lang/String;)Z')
def platform_request(vm, url):
    text = java_string(vm, url)
    if text:
        log_line('platform request (not handled on the desktop): %s' % text)
    return False        # the MIDlet need not exit for the request to be handled


@native('com/kava/midp/Host.effect(Ljava/lang/String;I)Z')
def effect(vm, kind, duration):
    phone_of(vm).effects.append((java_string(vm, kind), duration))
    return True


@native('com/kava/midp/Host.log(Ljava/lang/String;)V')
def log(vm, line):
    log_line(java_string(vm, line))


def log_line(text):
    """A host line on stderr; an app's unpaired surrogates become '?', so stderr stays UTF-8."""
    os.write(2, ('Kava: %s\n' % text).encode('utf-8', 'replace'))


@native('com/kava/midp/Host.displayColor(I)I')
def display_color(vm, rgb):
    return phone_of(vm).device.display_color(rgb & 0xFFFFFF)


@native('com/kava/midp/Host.isColor()Z')
def is_color(vm):
    return True


@native('com/kava/midp/Host.numColors()I')
def num_colors(vm):
    return phone_of(vm).device.colors


@native('com/kava/midp/Host.checkPermission(Ljava/lang/String;)I')
def check_permission(vm, permission):
    """An unsigned suite runs in the untrusted domain: the permissions it declares
    (MIDlet-Permissions, -Opt) would be asked of the user (-1); others are denied (0)."""
    suite = phone_of(vm).suite
    declared = ','.join(filter(None, (suite.attribute('MIDlet-Permissions'),
                                      suite.attribute('MIDlet-Permissions-Opt'))))
    names = {p.strip() for p in declared.split(',') if p.strip()}
    return -1 if java_string(vm, permission) in names else 0
