"""Scripts for headless runs (`kava run --headless --script FILE APP.jar`), one command
a line; blank lines and lines starting with '#' are skipped:

    wait MS          let MS milliseconds of virtual time pass
    key NAME         press, then release, a phone key
    press NAME       press a key (held until `release NAME`)
    release NAME
    tap X Y          pointer press and release at screen pixel (X, Y) (off the screen:
                     the nearest edge pixel)
    drag X1 Y1 X2 Y2 pointer press at (X1, Y1), a drag to (X2, Y2), release there
    screenshot PATH  a PNG of the phone screen at its native size
    quit             destroyApp(true), then exit
    pause            the device takes the screen (an incoming call): hideNotify, pauseApp
    resume           the device gives it back: startApp, showNotify

NAME is 0-9, STAR, POUND, UP, DOWN, LEFT, RIGHT, FIRE, SOFT1, SOFT2 (or CLEAR).
The end of the script quits too. After each input command the VM runs until every
thread waits (bounded), so the input's effects are painted before the next command."""

KEY_NAMES = ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'STAR', 'POUND',
             'UP', 'DOWN', 'LEFT', 'RIGHT', 'FIRE', 'SOFT1', 'SOFT2', 'CLEAR')
MAX_WAIT_MS = 24 * 3600 * 1000


class ScriptError(Exception):
    """A script line that is not a command; the message names the line."""


def parse_script(text, where='script'):
    """[(line number, command, args)] for the text of a script."""
    commands = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith('#'):
            continue
        word, _, rest = line.partition(' ')
        rest = rest.strip()
        commands.append((number, word, parse_arguments(word, rest, '%s:%d' % (where, number))))
    return commands


def is_number(text):
    """Whether text is ASCII digits (str.isdigit also takes '²', which int() refuses)."""
    return text.isascii() and text.isdigit()


def parse_arguments(word, rest, at):
    if word == 'wait':
        if not is_number(rest) or int(rest) > MAX_WAIT_MS:
            raise ScriptError('%s: wait takes a number of milliseconds (0..%d)' % (at, MAX_WAIT_MS))
        return (int(rest),)
    if word in ('key', 'press', 'release'):
        if rest not in KEY_NAMES:
            raise ScriptError('%s: unknown key %r (keys: %s)' % (at, rest, ' '.join(KEY_NAMES)))
        return (rest,)
    if word in ('tap', 'drag'):
        parts = rest.split()
        count = 2 if word == 'tap' else 4
        if len(parts) != count or not all(is_number(p.lstrip('-')) for p in parts):
            raise ScriptError('%s: %s takes %s integers, %s' % (
                at, word, 'two' if word == 'tap' else 'four', 'X Y' if word == 'tap' else 'X1 Y1 X2 Y2'))
        return tuple(int(p) for p in parts)
    if word == 'screenshot':
        if not rest:
            raise ScriptError('%s: screenshot takes a file path' % at)
        return (rest,)
    if word in ('quit', 'pause', 'resume'):
        if rest:
            raise ScriptError('%s: %s takes no arguments' % (at, word))
        return ()
    raise ScriptError('%s: unknown command %r (commands: wait key press release tap drag '
                      'screenshot pause resume quit)' % (at, word))


def run_script(host, commands, screenshot):
    """Play the commands on a PhoneHost with a virtual clock. screenshot(path) writes
    the current frame. Returns when the script has quit or ended (the caller then
    delivers QUIT and runs the VM to its exit); ScriptError when a screenshot cannot
    be written (the rest of the script is skipped)."""
    for number, word, args in commands:
        if not host.vm.scheduler.alive():
            return
        if word == 'wait':
            host.advance(args[0] * 1_000_000)
        elif word == 'key':
            host.key_event(True, args[0])
            host.settle()
            host.key_event(False, args[0])
            host.settle()
        elif word in ('press', 'release'):
            host.key_event(word == 'press', args[0])
            host.settle()
        elif word == 'tap':
            host.pointer_event('press', *args)
            host.settle()
            host.pointer_event('release', *args)
            host.settle()
        elif word == 'drag':
            for kind, point in (('press', args[:2]), ('drag', args[2:]), ('release', args[2:])):
                host.pointer_event(kind, *point)
                host.settle()
        elif word in ('pause', 'resume'):
            host.lifecycle_event(word == 'pause')
            host.settle()
        elif word == 'screenshot':
            host.settle()
            try:
                screenshot(args[0])
            except OSError as e:
                raise ScriptError('line %d of the script: cannot write the screenshot %s (%s)'
                                  % (number, args[0], e.strerror or e)) from None
        elif word == 'quit':
            return
