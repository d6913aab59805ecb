"""Build Kava: the Cython core of the KVM and the Java class library archive."""

import os
import sys

# The interpreter is one long if/elif chain (compiled to a C switch); Cython
# walks it recursively.
sys.setrecursionlimit(20000)

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from Cython.Build import cythonize

HERE = os.path.dirname(os.path.abspath(__file__))
RUNTIME_ARCHIVE = os.path.join('kvm_core', 'lib', 'kava-rt.jar')


def package_java_roots():
    """The Java API sources of the Kava Packages (packages/<area>/java), compiled
    into the same runtime archive as the core library."""
    packages = os.path.join(HERE, 'packages')
    roots = [os.path.join(packages, area, 'java') for area in sorted(os.listdir(packages))]
    return [root for root in roots if os.path.isdir(root)]


class BuildWithClassLibrary(build_ext):
    """build_ext that also compiles kvm_core/classes/ with javac into the
    runtime archive, placed beside the extension (in-place builds too)."""

    def run(self):
        super().run()
        sys.path.insert(0, HERE)
        from kvm_core.build_classlib import build
        from kvm_core.boot_image import build_image
        in_tree = self.inplace or getattr(self, 'editable_mode', False)
        archive = os.path.join(HERE if in_tree else self.build_lib, RUNTIME_ARCHIVE)
        build(archive, extra_source_dirs=package_java_roots())
        build_image(archive, archive[:-len('.jar')] + '.image')


debug = os.environ.get('KAVA_DEBUG_BUILD') == '1'
extensions = [
    Extension(
        'kvm_core._kvm',
        ['kvm_core/_kvm.pyx'],
        # Java int/long arithmetic wraps: -fwrapv makes C signed overflow do the same.
        extra_compile_args=['-fwrapv', '-fno-strict-aliasing'] + (['-O0', '-g'] if debug else ['-O2']),
    ),
    # lcdui's pixels: every Graphics primitive on int[] ARGB buffers
    Extension(
        'packages.graphics.raster',
        ['packages/graphics/raster.pyx'],
        extra_compile_args=['-fwrapv'] + (['-O0', '-g'] if debug else ['-O2']),
    ),
]

setup(
    ext_modules=cythonize(extensions, language_level=3,
                          compiler_directives={'profile': debug, 'linetrace': debug},
                          annotate=os.environ.get('KAVA_ANNOTATE') == '1'),
    cmdclass={'build_ext': BuildWithClassLibrary},
)
