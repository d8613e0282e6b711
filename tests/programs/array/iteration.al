# Iterating arrays, and what consumes them.
import array

A = array.array
a = A('i', [3, 1, 2])
it = iter(a)
print(next(it), next(it), next(it), next(it, 'end'), next(it, 'end'))
g = A('i', [1])
it = iter(g)
g.append(2)
print(list(it))
it = iter(A('d', [0.5]))
print(list(it), list(it))
print(list(reversed(A('u', 'abc'))), sorted(a), sum(a), min(a), max(A('d', [1.5, 0.5])))
print(list(enumerate(A('d', [0.5, 1.5]))), tuple(A('b', [1, -1])), set(A('B', [1, 1, 2])))
print(list(zip(A('i', [1, 2]), A('u', 'ab'))), dict.fromkeys(A('h', [5, 5, 6])))
print([x * 2 for x in A('f', [0.25, 0.5])], any(A('i', [0, 0])), all(A('i')))
print(list(map(str, A('Q', [2**64 - 1]))), ''.join(A('u', 'xyz')), ' '.join(map(str, a)))
x, y, z = a
print(x, y, z)
print(A('i', range(5)).index(3), A('i', range(5)).count(3), len(A('i', range(1000))))
total = 0
for v in A('q', range(100)):
    total += v
print(total)
