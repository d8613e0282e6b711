import difflib

a = ['alpha\n', 'beta\n', 'gamma\n', 'delta\n', 'epsilon\n']
b = ['alpha\n', 'BETA\n', 'gamma\n', 'delta!\n', 'zeta\n', 'epsilon\n']
delta = list(difflib.Differ().compare(a, b))
print(''.join(delta), end='')
print(list(difflib.restore(delta, 1)) == a, list(difflib.restore(delta, 2)) == b)
print(list(difflib.restore(delta, '2')) == b, list(difflib.restore(iter(delta), 2.0)) == b)
for which in (0, 'x'):
    try:
        list(difflib.restore(delta, which))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(''.join(difflib.ndiff(['abcdefghij\n'], ['abcdXfghijk\n'])), end='')
print(''.join(difflib.ndiff(['    indented\n'], ['\tindented\n'])), end='')
print(''.join(difflib.ndiff(['same\n', 'x\n'], ['y\n', 'same\n'])), end='')
print(''.join(difflib.ndiff(['a b c d e f\n', 'zzz\n'], ['a b c d e g\n', 'qqq\n', 'zzz\n'])), end='')
