# sys.version_info, sys.version and sys.hexversion: the version of the
# CPython alc follows (3.11.7, the test oracle's).
import sys

vi = sys.version_info
print(vi)
print(vi[:3], vi[0], vi[-1], vi[3], len(vi), tuple(vi), list(vi[1:3]))
print(vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(vi >= (3, 8), vi < (3, 12), vi == (3, 11, 7, 'final', 0), vi[:2] == (3, 11), vi > (3, 11, 6))
major, minor, *rest = vi
print(major, minor, rest)
print(type(vi), type(vi).__name__, type(vi).__module__, isinstance(vi, tuple))
print(type(vi).n_fields, type(vi).n_sequence_fields, type(vi).n_unnamed_fields, type(vi).__match_args__)
print(hash(vi) == hash(tuple(vi)), vi.count(0), vi.index(11), vi + (1,))
print(sys.version.startswith('3.11.7'), sys.version.split()[0], type(sys.version).__name__)
print(sys.hexversion, hex(sys.hexversion), sys.hexversion >> 24, sys.hexversion >= 0x030B00F0)
print('%d.%d' % vi[:2], '{}.{}.{}'.format(*vi))
try:
    type(vi)()
except TypeError as e:
    print('TypeError:', e)
try:
    type(vi)((1, 2, 3, 4, 5))
except TypeError as e:
    print('TypeError:', e)
try:
    vi.major = 4
except AttributeError as e:
    print('AttributeError:', e)
match vi:
    case (3, minor, *_):
        print('python 3 minor', minor)
VersionInfo = type(vi)
match vi:
    case VersionInfo(major=3, minor=m):
        print('by keyword', m)
if sys.version_info < (3, 10):
    print('old')
else:
    print('new enough')
