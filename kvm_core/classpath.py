"""Where class files come from: directories and JAR archives, searched in order.

zipfile and re are imported when a JAR is first opened: a program run from a
directory never needs them (they are slow imports, felt at start-up)."""

import os

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
        import zipfile
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            self.names = {info.filename: info for info in self.zip.infolist()}
        except (OSError, zipfile.BadZipFile, ValueError, EOFError) as e:
            raise ClassPathError('invalid or corrupt jarfile %s (%s)' % (path, e)) from None

    def read(self, relpath):
        import zipfile
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
        """A main-section attribute of META-INF/MANIFEST.MF (names are case-insensitive),
        or None. CorruptManifest when there is no manifest or a header is broken,
        ClassPathError when it cannot be read or parsed otherwise."""
        info = self.names.get('META-INF/MANIFEST.MF')
        if info is None:
            raise CorruptManifest('no manifest in %s' % self.path)
        raw = self.read('META-INF/MANIFEST.MF')
        if raw is None:
            raise ClassPathError('cannot read the manifest of %s' % self.path)
        value = parse_manifest(raw).get(key.lower())
        return None if value is None else value.strip()

    def __repr__(self):
        return self.path


class CorruptManifest(ClassPathError):
    """A header line the java launcher itself cannot read ("Invalid or corrupt jarfile")."""


MAX_MANIFEST_LINE = 512
HEADER_NAME = r'[A-Za-z0-9][A-Za-z0-9_-]{0,69}\Z'


def manifest_lines(raw):
    """The manifest's lines; an unterminated last line is ignored, as the JDK does."""
    import re
    lines = re.split(rb'\r\n|\r|\n', raw)
    return lines[:-1]       # the piece after the last line end (empty when terminated)


def parse_manifest(raw):
    """The main section of a JAR manifest as {lower-case name: value}. Raises
    CorruptManifest for a header without ': ', ClassPathError for other faults."""
    import re
    attrs = {}
    last = None
    lines = manifest_lines(raw)
    for i, line in enumerate(lines):
        if len(line) > MAX_MANIFEST_LINE:
            raise ClassPathError('manifest line too long')
        if not line:
            if any(lines[i + 1:]) and not lines[i + 1].lower().startswith(b'name: '):
                raise ClassPathError('invalid manifest format: a section without a Name')
            break
        text = line.decode('utf-8', 'replace')
        if text.startswith(' ') and last is not None:
            attrs[last] += text[1:]
            continue
        name, sep, value = text.partition(': ')
        if not sep:
            raise CorruptManifest('invalid header field: %r' % text)
        if not re.match(HEADER_NAME, name):
            raise ClassPathError('invalid header field name: %r' % name)
        last = name.lower()
        attrs[last] = value
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
                    jar = JarEntry(part)
                    jar.read('META-INF/MANIFEST.MF')     # java reads it too (for Class-Path)
                    entries.append(jar)
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
