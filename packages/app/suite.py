"""A MIDlet suite: its JAR, the JAD that describes it, their attributes and MIDlets."""

import os

from kvm_core.classpath import ClassPathError, JarEntry, parse_manifest

MAX_JAD_BYTES = 64 * 1024

# Attributes a JAD and its JAR's manifest must agree on (MIDP 2.0, "Application descriptor").
MUST_MATCH = ('MIDlet-Name', 'MIDlet-Version', 'MIDlet-Vendor')

# What Kava provides, for the suite's MicroEdition-Profile and -Configuration.
PROFILES = ('MIDP-1.0', 'MIDP-2.0')
CONFIGURATIONS = ('CLDC-1.0', 'CLDC-1.1')


class SuiteError(Exception):
    """A suite that cannot be run; the message says why, in one sentence."""


def parse_jad(text):
    """A JAD's attributes, {name: value} in file order. Each line is `Name: value`;
    names are case-sensitive; blank lines are skipped."""
    attrs = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, value = line.partition(':')
        name = name.strip()
        if not sep or not name or ' ' in name:
            raise SuiteError('line %d of the JAD is not "Name: value": %r' % (number, line[:60]))
        attrs[name] = value.strip()
    return attrs


def parse_midlet_entry(value):
    """MIDlet-<n>: "name, icon, class" -> (name, icon, class)."""
    parts = [p.strip() for p in value.split(',')]
    if len(parts) != 3 or not parts[0] or not parts[2]:
        raise SuiteError('a MIDlet-<n> attribute must be "name, icon, class": %r' % value)
    return parts[0], parts[1], parts[2]


class Suite:
    """The JAR (class path of the MIDlets), the JAD's and the manifest's attributes."""

    def __init__(self, jar_path, jad_attributes=None):
        self.jar_path = jar_path
        self.jad = dict(jad_attributes or {})
        try:
            self.jar = JarEntry(jar_path)
            raw = self.jar.read('META-INF/MANIFEST.MF')
            self.manifest = parse_manifest(raw) if raw is not None else {}
        except ClassPathError as e:
            raise SuiteError('the suite JAR %s cannot be read: %s' % (jar_path, e)) from None
        self.check_consistency()
        self.check_platform()
        self.midlets = self.list_midlets()
        if not self.midlets:
            raise SuiteError('the suite %s names no MIDlet (no MIDlet-1 attribute)' % jar_path)

    @classmethod
    def open(cls, path):
        """A suite from a .jad (its MIDlet-Jar-URL names the JAR) or a .jar."""
        if not os.path.isfile(path):
            raise SuiteError('no such file: %s' % path)
        if not path.lower().endswith('.jad'):
            return cls(path)
        with open(path, 'rb') as f:
            raw = f.read(MAX_JAD_BYTES + 1)
        if len(raw) > MAX_JAD_BYTES:
            raise SuiteError('the JAD %s is larger than %d bytes' % (path, MAX_JAD_BYTES))
        attrs = parse_jad(raw.decode('utf-8', 'replace'))
        url = attrs.get('MIDlet-Jar-URL')
        if not url:
            raise SuiteError('the JAD %s has no MIDlet-Jar-URL' % path)
        if '://' in url and not url.startswith('file://'):
            raise SuiteError('the JAD names a remote JAR (%s); Kava runs local suites only' % url)
        jar = url[len('file://'):] if url.startswith('file://') else url
        jar = os.path.join(os.path.dirname(os.path.abspath(path)), jar)
        if not os.path.isfile(jar):
            raise SuiteError('the JAR %s named by the JAD is missing' % url)
        declared = attrs.get('MIDlet-Jar-Size')
        if declared is not None and declared != str(os.path.getsize(jar)):
            raise SuiteError('MIDlet-Jar-Size in the JAD is %s but the JAR has %d bytes'
                             % (declared, os.path.getsize(jar)))
        return cls(jar, attrs)

    def check_consistency(self):
        for name in MUST_MATCH:
            in_jad = self.jad.get(name)
            in_jar = self.manifest.get(name.lower())
            if in_jad is not None and in_jar is not None and in_jad != in_jar.strip():
                raise SuiteError('%s differs between the JAD (%r) and the manifest (%r)'
                                 % (name, in_jad, in_jar.strip()))

    def check_platform(self):
        """A suite needing a profile or configuration Kava lacks is refused (a space-separated
        list of profiles needs one that Kava has; the configuration must be one Kava has)."""
        profile = self.attribute('MicroEdition-Profile')
        if profile and not set(profile.split()) & set(PROFILES):
            raise SuiteError('the suite needs MicroEdition-Profile %s; Kava provides %s'
                             % (profile, ' and '.join(PROFILES)))
        configuration = self.attribute('MicroEdition-Configuration')
        if configuration and configuration not in CONFIGURATIONS:
            raise SuiteError('the suite needs MicroEdition-Configuration %s; Kava provides %s'
                             % (configuration, ' and '.join(CONFIGURATIONS)))

    def attribute(self, name):
        """getAppProperty: the JAD's value first, then the manifest's; None if neither."""
        if name in self.jad:
            return self.jad[name]
        value = self.manifest.get(name.lower())
        return None if value is None else value.strip()

    def list_midlets(self):
        """[(name, icon, class)] from MIDlet-1, MIDlet-2, ... (stops at the first gap)."""
        found = []
        n = 1
        while True:
            value = self.attribute('MIDlet-%d' % n)
            if value is None:
                return found
            found.append(parse_midlet_entry(value))
            n += 1

    def midlet(self, number):
        """The class name of MIDlet-<number> (1-based)."""
        if not 1 <= number <= len(self.midlets):
            raise SuiteError('the suite has %d MIDlet(s); there is no MIDlet %d'
                             % (len(self.midlets), number))
        return self.midlets[number - 1][2]

    @property
    def name(self):
        return self.attribute('MIDlet-Name') or os.path.basename(self.jar_path)
