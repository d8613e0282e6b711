# range objects: printing, len, indexing, slicing, membership, equality, reversal.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(range(5), range(0), range(2, 8), range(10, 0, -3), list(range(10, 0, -3)))
print(7 in r, 8 in r, 19 in r, 3.0 in r, len(range(0, -10, -2)), len(range(5, 1)))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(r.index(11), r.count(7), r.start, r.stop, r.step)
print(list(reversed(range(4))), sum(range(101)), max(range(-5, 5)), min(range(7, 2, -1)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, 1, 10)))
big = range(10 ** 20)
print(len(range(0, 10 ** 12, 7)), big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(8)
except ValueError as e:
    print("ValueError:", e)
