"""Kava's per-user cache directory: $KAVA_CACHE_DIR, else $XDG_CACHE_HOME/kava,
else ~/.cache/kava. KAVA_NO_CACHE=1 turns caching off (kava.startup's compiled
code, kvm_core.verification's verdicts)."""

import os


def cache_dir():
    """The cache directory (not created here), or None when caching is off."""
    env = os.environ
    if env.get('KAVA_NO_CACHE'):
        return None
    path = env.get('KAVA_CACHE_DIR')
    if path:
        return path
    base = env.get('XDG_CACHE_HOME')
    if not base or not os.path.isabs(base):
        home = os.path.expanduser('~')
        if home == '~':
            return None
        base = os.path.join(home, '.cache')
    return os.path.join(base, 'kava')
