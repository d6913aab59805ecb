"""Natives of com.kava.midp.Host: the MIDlet's view of the phone host (host.py)."""

import os

from kvm_core.natives.registry import NativeTable
from packages.app.host import phone_of

NATIVES = NativeTable()
native = NATIVES.native


@native('com/kava/midp/Host.nextEvent([I)I')
def next_event(vm, out):
    host = phone_of(vm)
    if not host.events:
        host.waiting_for_events(vm.current_thread.sched)    # parks; this call re-runs later
    event = host.events.popleft()
    for i, value in enumerate(event):
        out.set_item(i, value)
    return event[0]


@native('com/kava/midp/Host.post(IIII)V')
def post(vm, kind, a, b, c):
    phone_of(vm).post(kind, a, b, c)


@native('com/kava/midp/Host.present([III)V')
def present(vm, pixels, width, height):
    host = phone_of(vm)
    host.present(quantize(host.device, pixels.to_bytes()))


def quantize(device, bgra):
    """The frame as the device's screen shows it: each channel cut to its bit depth."""
    if device.colors >= 1 << 24:
        return bgra
    frame = bytearray(bgra)
    for offset, table in zip((2, 1, 0), channel_tables(device)):     # R, G, B bytes of BGRA
        frame[offset::4] = frame[offset::4].translate(table)
    return bytes(frame)


_TABLES = {}


def channel_tables(device):
    """For R, G and B: a 256-byte table from a channel value to what the screen shows."""
    if device.name not in _TABLES:
        _TABLES[device.name] = [bytes((device.display_color(v << shift) >> shift) & 0xFF for v in range(256))
                                for shift in (16, 8, 0)]
    return _TABLES[device.name]


@native('com/kava/midp/Host.screenWidth()I')
def screen_width(vm):
    return phone_of(vm).device.width


@native('com/kava/midp/Host.screenHeight()I')
def screen_height(vm):
    return phone_of(vm).device.height


@native('com/kava/midp/Host.keyCode(I)I')
def key_code(vm, logical):
    return phone_of(vm).device.logical_code(logical)


@native('com/kava/midp/Host.appProperty(Ljava/lang/String;)Ljava/lang/String;')
def app_property(vm, key):
    value = phone_of(vm).suite.attribute(vm.to_pystr(key))
    return None if value is None else vm.new_string(value)


@native('com/kava/midp/Host.platformRequest(Ljava/lang/String;)Z')
def platform_request(vm, url):
    text = vm.to_pystr(url)
    if text:
        log_line('platform request (not handled on the desktop): %s' % text)
    return False        # the MIDlet need not exit for the request to be handled


@native('com/kava/midp/Host.effect(Ljava/lang/String;I)Z')
def effect(vm, kind, duration):
    phone_of(vm).effects.append((vm.to_pystr(kind), duration))
    return True


@native('com/kava/midp/Host.log(Ljava/lang/String;)V')
def log(vm, line):
    log_line(vm.to_pystr(line))


def log_line(text):
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
    return -1 if vm.to_pystr(permission) in names else 0
