# Star patterns: captures are always new lists, whatever the subject;
# lengths are checked; tuples, lists and ranges are sequences.
def parts(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [first, *middle, last] if not middle:
            return f"two: {first!r} {last!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"


for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), range(0), range(2, 3)]:
    print(repr(s), "->", parts(s))


def head_tail(seq):
    match seq:
        case [h, *t]:
            return h, t, type(t).__name__
    return None


print(head_tail((1, 2, 3)))
print(head_tail(range(10, 13)))
print(head_tail([7]))
print(head_tail(()))
print(head_tail("abc"))


def init_last(seq):
    match seq:
        case [*init, last]:
            return init, last


print(init_last([1, 2, 3]))
print(init_last((9,)))
print(init_last([]))


def ends(seq):
    match seq:
        case [a, *_, z]:
            return a, z
        case [*_]:
            return "short"


print(ends(list(range(100))))
print(ends((1, 2)))
print(ends([5]))
print(ends(range(3, 30, 4)))


def counts(seq):
    match seq:
        case [_, _, _]:
            return "exactly three"
        case [_, _, *_]:
            return "two or more"
        case [*_]:
            return "fewer than two"


for s in [[1, 2, 3], [1, 2], [1, 2, 3, 4], [1], ()]:
    print(s, counts(s))

match [1, [2, [3, [4, []]]]]:
    case [a, [b, [c, [d, []]]]]:
        print("nested", a, b, c, d)

match (1, 2, 3, 4, 5, 6):
    case (1, 2, *rest, 6) if sum(rest) == 12:
        print("middle sums to 12:", rest)

match [[1, 2], [3, 4], [5, 6]]:
    case [[a, b], *pairs]:
        print(a, b, pairs)

xs = list(range(6))
match xs:
    case [0, 1, *rest]:
        rest.append(99)
        print(xs, rest, rest is xs)
