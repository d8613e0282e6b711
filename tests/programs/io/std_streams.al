# sys.stdin/stdout/stderr as file objects, one stdin buffer for input() and sys.stdin, and print/input through replaced sys.stdout/sys.stdin.
import sys
import io
print(sys.stdout.write('abc\n'))
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
for s in [sys.stdin, sys.stdout, sys.stderr]:
    print(s.name, s.mode, s.encoding, s.errors, s.line_buffering, s.closed, s.fileno(), s.isatty(), s.readable(), s.writable(), type(s))
for s, m, a in [(sys.stdout, 'read', ()), (sys.stdout, 'readline', ()), (sys.stdin, 'write', ('x',)), (sys.stdout, 'write', (5,)), (sys.stdin, 'writelines', ([],))]:
    try:
        print(m, getattr(s, m)(*a))
    except Exception as e:
        print(m, type(e).__name__, e)
print(sys.stdout is sys.__stdout__, isinstance(sys.stdout, io.TextIOWrapper))
print('x', file=sys.stdout)
sys.stdout.flush()
print(sys.stdin.readline(), end='|')
print(repr(sys.stdin.readline(3)))
print(repr(input()))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print('EOF', e)
print(repr(sys.stdin.readline()))
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print('captured', 1, 2)
print('more')
sys.stdout = old
print(repr(buf.getvalue()))
sys.stdout = None
print('nothing')
sys.stdout = sys.__stdout__
print('back')
class Echo:
    def write(self, s):
        sys.__stdout__.write('[' + s + ']')
        return len(s)
    def flush(self):
        sys.__stdout__.write('<f>')
sys.stdout = Echo()
print('a', 'b')
sys.stdin = io.StringIO('typed\nsecond\n')
x = input('prompt: ')
sys.stdout = sys.__stdout__
print()
print(repr(x))
print(repr(input()))
try:
    input()
except EOFError as e:
    print(e)
sys.stdin = sys.__stdin__
print(sys.stderr.write('to stderr\n'))
print('err', file=sys.stderr)
sys.stderr.flush()
print('last line of stdout')
raise SystemExit('bye')
