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

FORMAT = 1


def archive_digest(jar_path):
    st = os.stat(jar_path)
    return st.st_size, st.st_mtime_ns


def build_image(jar_path, image_path):
    """Parse every class of the archive and write the image next to it."""
    classes = {}
    with zipfile.ZipFile(jar_path) as jar:
        for name in sorted(jar.namelist()):
            if name.endswith('.class'):
                cf = parse_class(jar.read(name), name[:-6])
                classes[cf.this_class] = pickle.dumps(cf, protocol=pickle.HIGHEST_PROTOCOL)
    image = {'format': FORMAT, 'python': sys.version_info[:2], 'archive': archive_digest(jar_path),
             'classes': classes}
    with open(image_path, 'wb') as fh:
        pickle.dump(image, fh, protocol=pickle.HIGHEST_PROTOCOL)


def load_image(image_path, jar_path):
    """{internal name: pickled ClassFile} if the image matches the archive, else {}."""
    try:
        with open(image_path, 'rb') as fh:
            image = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return {}
    if not isinstance(image, dict) or image.get('format') != FORMAT or \
            image.get('python') != sys.version_info[:2] or image.get('archive') != archive_digest(jar_path):
        return {}
    return image['classes']
