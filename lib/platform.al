"""Facts about the machine and the running program, as CPython's
`platform` module reports them on Linux: `system`, `node`, `release`,
`version`, `machine`, `processor`, `uname`, `architecture`,
`python_version`, `python_version_tuple`, `python_implementation`,
`platform`, `libc_ver`, `freedesktop_os_release`.

The kernel's facts come from `/proc/sys/kernel` (what `uname(2)`
reports), the machine from the ELF header of the running executable,
`processor` from `uname -p`, as CPython runs it. The Python version is
CPython 3.11.7's, as `sys.version_info` is (docs/language.md)."""

import collections
import sys


def _read(name):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return ''


# ELF `e_machine` values and the names uname(2) gives them.
_MACHINES = {3: 'i686', 40: 'armv7l', 62: 'x86_64', 183: 'aarch64',
             243: 'riscv64', 21: 'ppc64le', 22: 's390x'}


def _elf_header(path):
    try:
        with open(path, 'rb') as f:
            return f.read(20)
    except OSError:
        return b''


def _machine():
    head = _elf_header('/proc/self/exe')
    if head[:4] != b'\x7fELF':
        return ''
    little = head[5] == 1
    code = int.from_bytes(head[18:20], 'little' if little else 'big')
    return _MACHINES.get(code, '')


class uname_result(
    collections.namedtuple("uname_result_base",
                           "system node release version machine")):
    """A tuple of system, node, release, version, machine and processor
    (computed when first asked for)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None
_processor_cache = None


def _processor():
    global _processor_cache
    if _processor_cache is None:
        import subprocess
        try:
            out = subprocess.check_output(['uname', '-p'],
                                          stderr=subprocess.DEVNULL,
                                          text=True).strip()
        except (OSError, subprocess.CalledProcessError):
            out = ''
        _processor_cache = '' if out == 'unknown' else out
    return _processor_cache


def uname():
    """(system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(_read('ostype'), _read('hostname'),
                                    _read('osrelease'), _read('version'),
                                    _machine())
    return _uname_cache


def system():
    """The operating system's name ('Linux')."""
    return uname().system


def node():
    """The machine's network name."""
    return uname().node


def release():
    """The kernel's release."""
    return uname().release


def version():
    """The kernel's version."""
    return uname().version


def machine():
    """The machine type ('x86_64', 'aarch64')."""
    return uname().machine


def processor():
    """The processor's name ('' when the system does not say)."""
    return uname().processor


def architecture(executable='/proc/self/exe', bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF')."""
    if not bits:
        bits = '64bit'
    head = _elf_header(executable)
    if head[:4] == b'\x7fELF':
        bits = {1: '32bit', 2: '64bit'}.get(head[4], bits)
        linkage = 'ELF'
    return bits, linkage


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """The Python version as a tuple of three strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    """The Python implementation: 'CPython', whose 3.11 alc follows."""
    return 'CPython'


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library: without an executable, the
    running program's glibc; else the highest GLIBC_ symbol version the
    executable's bytes name ('libc' and the soname's version for another
    C library)."""
    if not executable:
        import _os_extra
        return ('glibc', _os_extra._libc_version())
    import re
    with open(executable, 'rb') as f:
        data = f.read()
    best = None
    for m in re.finditer(rb'GLIBC_([0-9.]+)', data):
        v = m.group(1).decode('latin-1')
        if best is None or _version_key(v) > _version_key(best):
            best = v
    if best is not None:
        return ('glibc', best)
    m = re.search(rb'libc(_\w+)?\.so(?:\.(\d[0-9.]*))?', data)
    if m:
        lib = 'libc'
        if m.group(2):
            version = m.group(2).decode('latin-1')
    return (lib, version)


def _version_key(v):
    out = []
    for part in v.split('.'):
        try:
            out.append((0, int(part)))
        except ValueError:
            out.append((-1, part))
    return out


def _platform_string(*parts):
    s = '-'.join(p.strip() for p in parts if p)
    for c in ' /\\:;"()':
        s = s.replace(c, '_' if c == ' ' else '-')
    s = s.replace('unknown', '')
    while '--' in s:
        s = s.replace('--', '-')
    return s.rstrip('-')


def platform(aliased=False, terse=False):
    """One string naming the platform: system, release, machine and the
    C library ('Linux-6.1.0-x86_64-with-glibc2.36')."""
    u = uname()
    lib, ver = libc_ver()
    return _platform_string(u.system, u.release, u.machine, u.processor,
                            'with', lib + ver)


_os_release_cache = None


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    global _os_release_cache
    if _os_release_cache is None:
        for path in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, 'Unable to read files /etc/os-release, /usr/lib/os-release')
    return _os_release_cache.copy()


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        key, eq, value = line.partition('=')
        if not eq or not key or not all(c.isascii() and (c.isalnum() or c == '_') for c in key):
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        out = []
        i = 0
        while i < len(value):
            c = value[i]
            if c == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                out.append(value[i + 1])
                i += 2
                continue
            out.append(c)
            i += 1
        info[key] = ''.join(out)
    return info
