from pathlib import PureWindowsPath as W, PurePosixPath as P
for args in [('c:a','c:b'),('c:a','d:b'),('c:/a','/b'),('c:a','/b'),('//server/share/x','y'),('//server','x'),('a','C:'),('C:', '/', 'a'), ('c:/a', 'C:b'), ('\\\\?\\c:\\x',), ('./a/../b',), ('',), ('c:',), ('/',), ('//s/h',), ('a/b\\c',)]:
    p = W(*args); print(args, repr(p), str(p), p.drive, p.root, p.anchor, p.parts, p.name)
print(W('c:a') / 'c:b', W('c:a') / 'C:b', W('c:/a') / 'd:', W('a') / '/b', W('c:/x').joinpath('y', 'D:z'))
print(W('C:/A/b') == W('c:/a/B'), hash(W('C:/A')) == hash(W('c:/a')), W('a') == P('a'), W('a') < W('B'))
try: W('a') < P('b')
except TypeError as e: print(e)
print(W('c:/a/b').relative_to('C:/A'), W('c:/a/b').is_relative_to('d:/'))
try: W('c:/a/b').relative_to('d:/x')
except ValueError as e: print(e)
for n in ['CON', 'con.txt', 'a/nul', 'x/COM1', 'x/com1.txt', 'LPT9', 'COM\xb9', 'aux:x', 'nul .txt', '//s/h/con', 'CONIN$', 'b', 'c:/', '']:
    print(n, W(n).is_reserved())
print(W('c:/a b/c').as_uri(), W('//s/h/a').as_uri())
try: W('a').as_uri()
except ValueError as e: print(e)
print(W('C:/a/B.TXT').match('*.txt'), W('c:/a/b').match('C:/*/b'), W('a/b').match('A/*'), W('c:/a/b').match('d:/*/b'), W('c:/a/b').match('/a/b'))
for n in ['x.txt', 'a/b', 'a\\b', 'c:x', '', '.', 'x:']:
    try: print(W('c:/a/b').with_name(n))
    except ValueError as e: print(e)
for s in ['.x', 'a\\b', '/', '.', '']:
    try: print(W('c:/a/b.t').with_suffix(s))
    except ValueError as e: print(e)
print(list(W('c:/a/b').parents), W('c:/a/b').parent, W('c:').parent, W('//s/h/x').parents[0], W('c:/a/b').stem, W('a.tar.gz').suffixes)
print(bytes(W('c:/a')), W('c:/a').as_posix(), W('c:/a').is_absolute(), W('c:a').is_absolute(), W('/a').is_absolute(), W('//s/h').is_absolute())
print(sorted([W('b'), W('A'), W('c:/x')]))
import pathlib, os
print(pathlib.PurePath('a'), type(pathlib.PurePath('a')).__name__, os.fspath(W('c:/a')))
print(repr(W('//server/share/')), W('c:/').is_reserved(), W('c:/a/b').relative_to('c:'), W('c:/a').relative_to('c:/'))
print(W('c:a/b').relative_to('c:'), W('c:a/b').relative_to('C:a'))
print(W('a/b').relative_to(''))
try: W('/a/b').relative_to('c:/a')
except ValueError as e: print(e)
print('x' / W('c:/y'), 'c:' / W('y'), {W('A'): 1}[W('a')], W('a') != W('A'))
