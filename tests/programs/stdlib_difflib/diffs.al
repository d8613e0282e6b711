import difflib
import sys

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
sys.stdout.writelines(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(s1, s2, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02 10:20:52'))
text1 = [str(i) for i in range(30)]
text2 = text1[:5] + ['five'] + text1[6:20] + text1[21:] + ['30', '31']
for line in difflib.unified_diff(text1, text2, lineterm=''):
    print(line)
for line in difflib.unified_diff(text1, text2, n=1, lineterm=''):
    print(line)
for line in difflib.context_diff(text1, text2, n=0, lineterm=''):
    print(line)
print(list(difflib.unified_diff(['a'], ['a'])), list(difflib.context_diff([], ['x\n'])))
print(list(difflib.unified_diff([], ['x\n', 'y\n'])), list(difflib.unified_diff(['x\n'], [])))
for args in [([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], b'f')]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError:', e)
for line in difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'b\n', b'\xff\n'], b'x', b'y'):
    print(line)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
