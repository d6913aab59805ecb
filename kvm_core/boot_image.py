"""The boot image: the class library's class files parsed once, at build time,
and stored pickled, so starting the VM does not parse them again (the idea of
KVM's romizer and HotSpot's class data sharing).

Layout (format 3): the magic, a 4-byte length and a marshalled header (versions,
the archive's size and modification time, and an index of offsets); then, for
each class, two pickles. The first holds the ClassFile as the VM links it; the
second its *cold* parts, which the class library needs only rarely: the local
variable tables (for helpful NullPointerException messages) and the stack maps
(only the verifier reads them, and the library is not verified). Each Code
attribute of an image class is an ImageCode, which reads the cold pickle of its
class when one of those attributes is first asked for. Starting the VM reads the
header and then only the classes it loads (with pread, not the whole file).

The image records the size and modification time of the archive it was made
from; a stale or unreadable image is ignored and the archive's class files are
parsed as usual."""

import marshal
import os
import sys

try:
    from _pickle import loads     # the C unpickler alone: the pickle module is a slower import
except ImportError:
    from pickle import loads

from kvm_core.classfile.model import CodeAttribute

FORMAT = 3
MAGIC = b'KVMI'
COLD = ('local_variables', 'stack_map_table', 'stack_map')


def archive_digest(jar_path):
    st = os.stat(jar_path)
    return st.st_size, st.st_mtime_ns


class ImageCode(CodeAttribute):
    """A Code attribute whose cold parts (COLD) are read from the image on first use.
    `thaw` is the class's ColdParts until then, None after."""

    __slots__ = ('thaw',)

    def __eq__(self, other):
        if not isinstance(other, CodeAttribute):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in CodeAttribute.__slots__)

    __hash__ = None

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in CodeAttribute.__slots__)
        return f"CodeAttribute({parts})"


def _cold_property(name):
    slot = CodeAttribute.__dict__[name]         # the base class's slot descriptor

    def get(self):
        if self.thaw is not None:
            self.thaw.fill()
        return slot.__get__(self, CodeAttribute)

    def put(self, value):
        slot.__set__(self, value)
    return property(get, put)


for _name in COLD:
    setattr(ImageCode, _name, _cold_property(_name))


class ColdParts:
    """The cold pickle of one image class and the ImageCode objects it fills."""

    def __init__(self, image, where, codes):
        self.image = image
        self.where = where
        self.codes = codes

    def fill(self):
        parts = loads(self.image.read(*self.where))
        for code, values in zip(self.codes, parts):
            for name, value in zip(COLD, values):
                CodeAttribute.__dict__[name].__set__(code, value)
            code.thaw = None


def split_class(cf):
    """Give the methods of a parsed class ImageCode attributes without their cold
    parts; returns the cold parts, one tuple per method with code."""
    cold = []
    for m in cf.methods:
        code = m.code
        if code is None:
            continue
        cold.append(tuple(getattr(code, n) for n in COLD))
        image_code = ImageCode.__new__(ImageCode)
        for n in CodeAttribute.__slots__:
            if n not in COLD:
                CodeAttribute.__dict__[n].__set__(image_code, getattr(code, n))
        image_code.thaw = None
        m.code = image_code
    return cold


def build_image(jar_path, image_path):
    """Parse every class of the archive and write the image next to it."""
    import pickle
    import zipfile
    from kvm_core.classfile import parse_class
    blobs, index, offset = [], {}, 0
    with zipfile.ZipFile(jar_path) as jar:
        for name in sorted(jar.namelist()):
            if name.endswith('.class'):
                cf = parse_class(jar.read(name), name[:-6])
                cold = pickle.dumps(split_class(cf), protocol=pickle.HIGHEST_PROTOCOL)
                hot = pickle.dumps(cf, protocol=pickle.HIGHEST_PROTOCOL)
                index[cf.this_class] = (offset, len(hot), offset + len(hot), len(cold))
                blobs += [hot, cold]
                offset += len(hot) + len(cold)
    header = marshal.dumps({'format': FORMAT, 'python': tuple(sys.version_info[:2]),
                            'archive': archive_digest(jar_path), 'index': index})
    tmp = image_path + '.tmp'
    with open(tmp, 'wb') as fh:
        fh.write(MAGIC)
        fh.write(len(header).to_bytes(4, 'big'))
        fh.write(header)
        fh.writelines(blobs)
    os.replace(tmp, image_path)


class BootImage:
    """The classes of an image, read and unpickled one at a time on request."""

    def __init__(self, fd, index, start):
        self.fd = fd
        self.index = index
        self.start = start

    def read(self, offset, length):
        data = os.pread(self.fd, length, self.start + offset)
        if len(data) != length:
            raise OSError('the boot image is truncated')
        return data

    def get(self, name):
        """The parsed ClassFile of `name`, or None if the image does not hold it."""
        where = self.index.get(name)
        if where is None:
            return None
        hot_offset, hot_length, cold_offset, cold_length = where
        cf = loads(self.read(hot_offset, hot_length))
        codes = [m.code for m in cf.methods if m.code is not None]
        cold = ColdParts(self, (cold_offset, cold_length), codes)
        for code in codes:
            code.thaw = cold
        return cf

    def holds(self, name):
        return name in self.index


class EmptyImage:
    """No usable image: every class is parsed from the archive."""

    index = {}

    def get(self, name):
        return None

    def holds(self, name):
        return False


EMPTY = EmptyImage()


_open_images = {}      # image path -> (identity of the file, archive digest, BootImage)


def load_image(image_path, jar_path):
    """The image if it matches the archive, else an empty one (classes are then parsed).
    The file stays open, shared by the VMs of the process while it is unchanged."""
    if not hasattr(os, 'pread'):
        return EMPTY
    try:
        st = os.stat(image_path)
        identity = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        digest = archive_digest(jar_path)
    except OSError:
        return EMPTY
    known = _open_images.get(image_path)
    if known is not None and known[0] == identity and known[1] == digest:
        return known[2]
    try:
        fd = os.open(image_path, os.O_RDONLY | getattr(os, 'O_CLOEXEC', 0))
    except OSError:
        return EMPTY
    try:
        start = os.read(fd, 8)
        size = int.from_bytes(start[4:8], 'big')
        header = marshal.loads(os.read(fd, size)) if start[:4] == MAGIC else None
        valid = isinstance(header, dict) and header.get('format') == FORMAT and \
            header.get('python') == tuple(sys.version_info[:2]) and \
            header.get('archive') == digest and isinstance(header.get('index'), dict)
    except (OSError, ValueError, EOFError, TypeError):
        valid = False
    if not valid:
        os.close(fd)
        return EMPTY
    image = BootImage(fd, header['index'], 8 + size)     # a replaced one stays open for its VMs
    _open_images[image_path] = (identity, digest, image)
    return image


class BootArchive:
    """The runtime archive behind an image, opened only when a class is read from it
    (a valid image lists every class file of the archive, so asking the archive for
    another class is not needed)."""

    def __init__(self, path, image):
        self.path = path
        self.image = image
        self.jar = None

    def read(self, relpath):
        if self.image is not EMPTY and relpath.endswith('.class') and not self.image.holds(relpath[:-6]):
            return None
        if self.jar is None:
            from kvm_core.classpath import JarEntry
            self.jar = JarEntry(self.path)
        return self.jar.read(relpath)
