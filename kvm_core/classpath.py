"""Where class files come from: directories and JAR archives, searched in order."""

import os
import zipfile

# A class file or resource larger than this is refused rather than read.
MAX_ENTRY_BYTES = 64 * 1024 * 1024


class ClassPathError(Exception):
    """A class path entry that cannot be used (bad archive, unsafe entry)."""


class DirectoryEntry:
    def __init__(self, path):
        self.path = os.path.abspath(path)

    def read(self, relpath):
        full = os.path.normpath(os.path.join(self.path, relpath))
        if not full.startswith(self.path + os.sep) or not os.path.isfile(full):
            return None
        if os.path.getsize(full) > MAX_ENTRY_BYTES:
            raise ClassPathError('%s is larger than %d bytes' % (full, MAX_ENTRY_BYTES))
        with open(full, 'rb') as fh:
            return fh.read()

    def __repr__(self):
        return self.path


class JarEntry:
    """A JAR read through zipfile: entries looked up by exact name, sizes capped."""

    def __init__(self, path):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            self.names = {info.filename: info for info in self.zip.infolist()}
        except (OSError, zipfile.BadZipFile, ValueError, EOFError) as e:
            raise ClassPathError('invalid or corrupt jarfile %s (%s)' % (path, e)) from None

    def read(self, relpath):
        info = self.names.get(relpath)
        if info is None or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return None     # the JDK's JARs hold stored or deflated entries only
        if info.file_size > MAX_ENTRY_BYTES:
            raise ClassPathError('%s!%s is larger than %d bytes' % (self.path, relpath, MAX_ENTRY_BYTES))
        try:
            with self.zip.open(info) as fh:
                fh._expected_crc = None      # the JDK loads classes without checking the CRC either
                data = fh.read(MAX_ENTRY_BYTES + 1)
        except (RuntimeError, NotImplementedError):
            return None                      # encrypted, or a compression the JDK cannot read either
        except (OSError, zipfile.BadZipFile, ValueError, EOFError) as e:
            raise ClassPathError('cannot read %s!%s (%s)' % (self.path, relpath, e)) from None
        if len(data) > MAX_ENTRY_BYTES:
            raise ClassPathError('%s!%s is larger than %d bytes' % (self.path, relpath, MAX_ENTRY_BYTES))
        return data

    def manifest_attribute(self, key):
        """A main-section attribute of META-INF/MANIFEST.MF, or None; ClassPathError
        when the manifest exists but cannot be read."""
        info = self.names.get('META-INF/MANIFEST.MF')
        raw = self.read('META-INF/MANIFEST.MF')
        if raw is None and info is not None:
            raise ClassPathError('cannot read the manifest of %s' % self.path)
        if raw is None:
            return None
        return parse_manifest(raw.decode('utf-8', 'replace')).get(key)

    def __repr__(self):
        return self.path


def parse_manifest(text):
    """The main section of a JAR manifest (continuation lines start with a space)."""
    attrs = {}
    last = None
    for line in text.replace('\r\n', '\n').replace('\r', '\n').split('\n'):
        if not line:
            if attrs:
                break       # end of the main section
            continue
        if line.startswith(' ') and last is not None:
            attrs[last] += line[1:]
        elif ':' in line:
            key, _, value = line.partition(':')
            last = key.strip()
            attrs[last] = value.strip()
    return attrs


class ClassPath:
    """An ordered list of entries; `find` returns the bytes of the first match."""

    def __init__(self, entries):
        self.entries = entries

    @classmethod
    def from_string(cls, spec):
        entries = []
        for part in spec.split(os.pathsep):
            if not part:
                continue
            if os.path.isdir(part):
                entries.append(DirectoryEntry(part))
            elif os.path.isfile(part):
                try:
                    entries.append(JarEntry(part))
                except ClassPathError:
                    pass        # like java, an unreadable archive on the class path is passed over
            # like java, a missing entry is ignored
        return cls(entries)

    def find_class(self, internal_name):
        return self.find_resource(internal_name + '.class')

    def find_resource(self, relpath):
        for entry in self.entries:
            data = entry.read(relpath)
            if data is not None:
                return data
        return None
