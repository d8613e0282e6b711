# string: the constants, capwords, and Formatter (parse, format, vformat,
# get_field, get_value, convert_field, format_field, check_unused_args,
# subclasses) with CPython's parsing errors.
import string

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for n in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(n, repr(getattr(string, n)))
F = string.Formatter()
for s in ['', 'abc', '{}', '{0}', '{a.b[c]}', '{!r}', '{:>5}', '{0!s:{1}}', 'a{{b}}c', '}}', '{{', '}', '{', 'a}b', 'a{b', '{0', '{0!}', '{0!rr}', '{0!r', '{0:', '{[}', '{0[}', '{0:{1}', 'x{0:{{}}}y', '{!}', '{:}', '{a!r:^{w}}', '{0]}', '{0.}', '{.a}', '{[1]}', '{0[1]x}', '{0.a.b}', '{ 0 }', '{0!a}', '{0!x}', '{:{:{}}}',
          '{a{b}', '{0!', '{0!r}}', '{99999999999999999999}', '{٣}', '{0[99999999999999999999]}', '{²}', 'ab{', 'ab}', '}}x{{', '{0:}}', '{0:{}x}', '{0:{{x}}}', '{a[b{c]}', 'é{0}ü{{', 'a{0}b{1}c']:
    print(repr(s), end=' ')
    t(lambda: list(F.parse(s)))
t(lambda: list(F.parse(5)))
t(F.parse, 5)
p = F.parse('a}')
print('lazy')
t(list, p)
t(F.format, '{} {}', 1, 2)
t(F.format, '{0} {}', 1, 2)
t(F.format, '{} {0}', 1, 2)
t(F.format, '{a.real:>{w}} {b[0]!r}', a=3, b=['x'], w=4)
t(F.format, '{0!x}', 1)
t(F.format, '{}')
t(F.format, '{a}')
t(F.format, '{0[1]}', [1])
t(F.format, '{0.nope}', 1)
t(F.format, '{:{:{:{}}}}', 1, 2, 3, 4)
t(F.format, '{:{:{}}}', 1, 2, 3)
t(F.format, '{!r:}', 'x')
t(F.format)
t(F.format, format_string='x')
t(F.vformat, '{0}{x}', (1,), {'x': 2})
t(F.get_field, 'a.b', (), {'a': 1})
t(F.get_field, '0[1].real', ([5, 6],), {})
t(F.get_value, 0, ('a',), {})
t(F.get_value, 'k', (), {'k': 'v'})
t(F.get_value, 1, ('a',), {})
t(F.get_value, 'z', ('a',), {})
t(F.convert_field, 'x', 'r')
t(F.convert_field, 'x', None)
t(F.convert_field, 'é', 'a')
t(F.convert_field, 1, 'q')
t(F.convert_field, 1, 's')
t(F.format_field, 3.14159, '.2f')
t(F.check_unused_args, set(), (), {})
t(string.capwords, 'hello   world  foo')
t(string.capwords, ' a-b c ', '-')
t(string.capwords, 'aBC dEF')
t(string.capwords, '')
t(string.capwords, 'a b', None)
t(string.capwords, 1)
t(string.capwords, '\tthe QUICK\nbrown   fox ')
t(string.capwords, 'abc::def', '::')
class MyF(string.Formatter):
    def get_value(self, key, args, kwargs):
        print('gv', repr(key))
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('unused', sorted(map(str, used)))
    def convert_field(self, v, c):
        print('conv', c)
        return super().convert_field(v, c)
    def format_field(self, v, s):
        print('ff', repr(s))
        return super().format_field(v, s)
t(MyF().format, '{} {x!r:>{w}} {0}', 1, x='y', w=5)
t(MyF().format, '{} {x!r:>{}}', 1, 4, x='y')
print(string.Formatter().format('{0:x}', 255))
t(F.format, '{0:{1}}', 'a')
t(F.format, '{0[a]}', {'a': 1})
t(F.format, '{0[0]}', 'xyz')
t(F.format, '{0[-1]}', {'-1': 'neg'})
t(F.format, '{0[ 1]}', {' 1': 'sp'})
t(F.format, '{0[1a]}', {'1a': 'x'})
t(F.format, '{00}', 'z')
t(F.format, '{-1}', 'z')
t(F.format, '{1a}', 'z')
t(F.format, '{a b}', **{'a b': 5})
t(F.format, '{0[]}', {'': 5})
t(F.format, '{0..x}', 1)
t(F.format, '{٣}', 1, 2, 3, 4)
t(F.format, '{²}', 1, 2, 3, 4)
t(F.format, '{99999999999999999999}', 1)
t(F.format, '{0[99999999999999999999]}', {})
t(F.get_field, '0[1]x', ([1, 2],), {})
t(F.get_field, '', (5,), {})
t(F.get_field, 'a]', (), {'a]': 3})
t(F.get_field, 'a[', (), {'a': 3})
t(F.get_field, 'a.', (), {'a': 3})
t(F.format, '{0[1]x}', [1, 2])
t(F.format, '{:{}}', 'a', 3)
t(F.format, '{:{}} {}', 'a', 3, 'b')
t(F.format, '{0:{}}', 'a', 3)
t(F.vformat, 'x', [], {})
t(F.vformat, '{}', [7], {})
t(F.format, 5)
t(F.format, '{0:{1}}', 3, 5.5)
t(F.format, '{0:>{1}.{2}f}|{x:*^9}', 3.14159, 10, 3, x='mid')
t(F.format, '{0.real} {0.imag}', 5)
t(F.format, '{0[1][0]}', [1, [2, 3]])
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(range(len(args))) - used
        if extra:
            raise ValueError('unused: %r' % sorted(extra))
t(Strict().format, '{0}{2}', 'a', 'b', 'c')
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
t(Default().format, '{name} is {age} and {0}', 'x', name='Al')
from string import *
print(ascii_letters[:3], capwords('x y'), Formatter().format('{0}', 1))
