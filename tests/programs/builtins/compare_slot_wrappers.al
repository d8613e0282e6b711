# The comparison, repr and hash methods of built-in types called directly on
# their own values.
print(int.__lt__(3, 4), int.__lt__(5, 4), int.__eq__(3, 3), int.__lt__(3, 'a'), float.__ge__(2.5, 1), str.__lt__('a', 'b'), tuple.__le__((1,), (1, 2)), list.__eq__([1], [1]), int.__lt__(True, 2))
class I(int):
    pass
print(int.__lt__(I(1), 2), I.__lt__(I(3), 2), object.__lt__(3, 4), object.__eq__(3, 3))
print(int.__repr__(5), str.__repr__('a'), list.__repr__([1]), float.__repr__(2.5), tuple.__repr__((1,)), dict.__repr__({1: 2}))
print(int.__hash__(5), str.__hash__('') == hash(''), tuple.__hash__((1, 2)) == hash((1, 2)), float.__hash__(1.5) == hash(1.5))
