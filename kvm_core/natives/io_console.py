"""java.io.FileInputStream / FileOutputStream natives on the process's
standard file descriptors."""

import os

from kvm_core.natives.registry import native


@native('java/io/FileOutputStream.writeBytes(I[BII)V')
def write_bytes(vm, fd, buf, off, length):
    data = buf.to_bytes()[off:off + length]
    try:
        while data:
            written = os.write(fd, data)
            data = data[written:]
    except OSError as e:
        vm.throw('java/io/IOException', e.strerror or str(e))


@native('java/io/FileInputStream.readBytes(I[BII)I')
def read_bytes(vm, fd, buf, off, length):
    if length == 0:
        return 0
    try:
        data = os.read(fd, length)
    except OSError as e:
        vm.throw('java/io/IOException', e.strerror or str(e))
    if not data:
        return -1
    buf.set_bytes(off, data)
    return len(data)


@native('java/io/FileInputStream.available0(I)I')
def available(vm, fd):
    return 0
