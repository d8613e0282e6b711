# Values an array cannot hold: CPython's messages for each type code.
import array


class Index:
    def __index__(self):
        return 7


class Float:
    def __float__(self):
        return 2.5


def store(code, v):
    a = array.array(code)
    try:
        a.append(v)
        return repr(a[0])
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


for code in 'bBhHiIlLqQfd':
    bits = array.array(code).itemsize * 8
    print(code)
    for v in [-2**70, -2**63 - 1, -2**(bits - 1) - 1, -1, 2**(bits - 1), 2**bits,
              2**63, 2**64, 2**70, 1.5, 'x', None, Index(), Float(), True, 10**400]:
        print('   ', store(code, v))

a = array.array('h', [1, 2])
for op in [lambda: a.__setitem__(0, 40000), lambda: a.insert(0, -40000),
           lambda: a.fromlist([1, 2**20]), lambda: a.extend([3, 2**20]),
           lambda: array.array('B', [1, 256])]:
    try:
        op()
    except OverflowError as e:
        print('OverflowError:', e)
print(a)
print(array.array('f', [1e300, -1e300]), array.array('d', [2**1000]))
