"""Writing a file so that readers see either the old contents or the new, never a part."""

import os


def write_atomically(path, data):
    """Write data to path through a temporary file beside it (named by this process,
    so concurrent writers never share one) and an atomic rename. The folder is made
    if needed. OSError on failure, with no temporary file left behind."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = '%s.%d.tmp' % (path, os.getpid())
    try:
        with open(tmp, 'wb') as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
