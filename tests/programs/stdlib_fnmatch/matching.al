import fnmatch

cases = [
    ('abc', 'abc'), ('abc', 'a?c'), ('abc', 'a*'), ('abc', '*c'), ('abc', '*b*'),
    ('abc', '*d*'), ('', '*'), ('', '?'), ('a\nb', 'a?b'), ('a\nb', 'a*'),
    ('foo.py', '*.py'), ('foo.pyc', '*.py'), ('.hidden', '*'), ('x', '[!x]'),
    ('y', '[!x]'), (']', '[]]'), ('a', '[]a]'), ('-', '[a-]'), ('b', '[a-c]'),
    ('b', '[c-a]'), ('\\', '[\\]'), ('[', '['), ('[a', '[a'), ('*', '[*]'),
    ('aXbXc', 'a*b*c'), ('abcabc', '*abc'), ('aaaab', '*a*a*b'), ('A', 'a'),
    ('-', '[--/]'), ('.', '[--/]'), ('0', '[--/]'), ('q', '[!]'), ('!', '[!]'),
    ('ab', '[!z-a]?'), ('file10.txt', '[0-9]*'), ('file10.txt', 'file[0-9][0-9].txt'),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.fnmatch(b'abc.txt', b'*.txt'), fnmatch.fnmatchcase(b'\xe9', b'[\xe0-\xef]'))
names = ['a.py', 'b.c', 'c.py', 'README', 'setup.cfg', 'x.PY']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '[!a-c]*'))
print(fnmatch.filter(iter([b'a.py', b'b.c']), b'*.py'))
print(fnmatch.filter((), '*'))
for args in [(b'abc', 'a*'), ('abc', b'a*')]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try:
            f(*args)
        except TypeError as e:
            print('TypeError:', e)
try:
    fnmatch.fnmatch(5, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    fnmatch.fnmatchcase(5, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    fnmatch.fnmatchcase('a', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    fnmatch.filter([1], 'a')
except TypeError as e:
    print('TypeError:', e)
print(fnmatch.__all__)
