# Which subjects sequence patterns accept: list, tuple, range and their
# subclasses; never str, dict, set or iterators.
class Stack(list):
    pass


class Coord(tuple):
    pass


def is_seq(x):
    match x:
        case [*_]:
            return True
        case _:
            return False


subjects = [[], (), range(2), Stack([1]), Coord((1, 2)), "ab", "", {"a": 1}, {1},
            frozenset(), iter([1]), 3, None]
for s in subjects:
    print(type(s).__name__, is_seq(s))

match Stack([1, 2, 3]):
    case [first, *rest]:
        print(first, rest, type(rest).__name__)

match Coord((4, 5)):
    case (x, y):
        print("coord", x, y)

match "ab":
    case (a, b):
        print("str unpacked?!")
    case str(s) if len(s) == 2:
        print("strings are not sequences here:", s)


def is_map(x):
    match x:
        case {}:
            return True
        case _:
            return False


class Registry(dict):
    pass


for m in [{}, {"a": 1}, Registry(), [], [("a", 1)], "dict", None]:
    print(type(m).__name__, is_map(m))
