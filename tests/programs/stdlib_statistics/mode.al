import statistics as S
from fractions import Fraction as F


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


t(S.mode, [1, 1, 2, 3, 3, 3, 3, 4])
t(S.mode, ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])
t(S.mode, 'abcab')
t(S.mode, [2.5, 1, 2.5, 1])
t(S.mode, iter([F(1, 2), 0.5, 3]))
t(S.mode, [])
t(S.mode, [[1]])
t(S.multimode, 'aabbbbccddddeeffffgg')
t(S.multimode, '')
t(S.multimode, [])
t(S.multimode, [3, 1, 2])
t(S.multimode, [1, True, 1.0, 2, 2, 2])
t(S.multimode, iter('xyzzy'))
t(S.multimode, [{}])
