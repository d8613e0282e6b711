# Starred assignment targets at the start, middle and end; starred in for loops.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
head, *tail = "x"
print(head, tail)
x, y, *more = 1, 2
print(x, y, more)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
print(*[1, 2], *"ab", *range(2))
merged = [*range(3), *"hi", *[None]]
print(merged, (*merged[:2],), {*"aab"}, {**{"a": 1}, "b": 2})
