"""The boot image: the class library's class files parsed once, at build time,
and stored pickled, so starting the VM does not parse them again (the idea of
KVM's romizer and HotSpot's class data sharing).

The image records the size and modification time of the archive it was made
from; a stale image is ignored and the archive's class files are parsed as usual."""

import os
import pickle
import sys
import zipfile

from kvm_core.classfile import parse_class

FORMAT = 2


def archive_digest(jar_path):
    st = os.stat(jar_path)
    return st.st_size, st.st_mtime_ns


def build_image(jar_path, image_path):
    """Parse every class of the archive and write the image next to it: a pickled
    header (versions and an index of offsets), then each class pickled on its own,
    so that starting the VM unpickles only the classes it loads."""
    blobs, index, offset = [], {}, 0
    with zipfile.ZipFile(jar_path) as jar:
        for name in sorted(jar.namelist()):
            if name.endswith('.class'):
                cf = parse_class(jar.read(name), name[:-6])
                blob = pickle.dumps(cf, protocol=pickle.HIGHEST_PROTOCOL)
                index[cf.this_class] = (offset, len(blob))
                blobs.append(blob)
                offset += len(blob)
    header = pickle.dumps({'format': FORMAT, 'python': sys.version_info[:2],
                           'archive': archive_digest(jar_path), 'index': index},
                          protocol=pickle.HIGHEST_PROTOCOL)
    with open(image_path, 'wb') as fh:
        fh.write(len(header).to_bytes(4, 'big'))
        fh.write(header)
        fh.writelines(blobs)


class BootImage:
    """The classes of an image, unpickled one at a time on request."""

    def __init__(self, data, index, start):
        self.data = data
        self.index = index
        self.start = start

    def get(self, name):
        """The parsed ClassFile of `name`, or None if the image does not hold it."""
        where = self.index.get(name)
        if where is None:
            return None
        offset, length = where
        begin = self.start + offset
        return pickle.loads(self.data[begin:begin + length])


EMPTY = BootImage(b'', {}, 0)


def load_image(image_path, jar_path):
    """The image if it matches the archive, else an empty one (classes are then parsed)."""
    try:
        with open(image_path, 'rb') as fh:
            data = fh.read()
        size = int.from_bytes(data[:4], 'big')
        header = pickle.loads(data[4:4 + size])
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, IndexError):
        return EMPTY
    if not isinstance(header, dict) or header.get('format') != FORMAT or \
            header.get('python') != sys.version_info[:2] or header.get('archive') != archive_digest(jar_path):
        return EMPTY
    return BootImage(memoryview(data), header['index'], 4 + size)
