# OSError and its subclasses: open() failures, errno/strerror/filename, OSError(errno, ...) construction, argument checks of open().
for args in [('nonexistent.txt',), ('.', 'w'), ('nodir/x.txt', 'w'), ('',)]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.strerror, repr(e.filename), e.args)
open('e1.txt', 'w').close()
try:
    open('e1.txt/x')
except NotADirectoryError as e:
    print(e)
try:
    open('e1.txt', 'x')
except FileExistsError as e:
    print(e, isinstance(e, OSError))
for mode in ['rw', 'rr', 'q', '', 'b', 't', '+', 'r++', 'rbt', 'U', 'rU']:
    try:
        open('e1.txt', mode)
    except ValueError as e:
        print(repr(mode), e)
for kw in [{'mode': 5}, {'encoding': 5}, {'encoding': 'nope'}, {'errors': 5}, {'buffering': 0}, {'buffering': 'x'}, {'closefd': False}, {'foo': 1}, {'newline': 'x'}]:
    try:
        open('e1.txt', **kw)
    except (TypeError, ValueError, LookupError) as e:
        print(kw, type(e).__name__, e)
for bad in [5.5, None, [1]]:
    try:
        open(bad)
    except TypeError as e:
        print(e)
try:
    open('a\0b')
except ValueError as e:
    print(e)
try:
    open()
except TypeError as e:
    print(e)
e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e, e.args, e.errno, e.filename, e.filename2)
print(type(OSError(17, 'x')).__name__, type(OSError(21, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(20, 'x')).__name__, type(OSError(32, 'x')).__name__, type(OSError(999, 'x')).__name__)
print(str(OSError(2, 'x', 'f', None, 'g')), str(OSError(None, None)), str(OSError('a')), str(OSError(1, 2, 3, 4, 5, 6)))
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
class MyErr(OSError):
    pass
m = MyErr(2, 'x', 'f')
print(type(m).__name__, m, m.args, m.errno, m.filename)
e = OSError(2, 'x')
e.errno = 5
print(e)
e.filename = 'q'
print(e, e.filename)
open('nope/nope.txt')
