# The comparison methods of built-in types called directly on their own values.
print(int.__lt__(3, 4), int.__lt__(5, 4), int.__eq__(3, 3), int.__lt__(3, 'a'), float.__ge__(2.5, 1), str.__lt__('a', 'b'), tuple.__le__((1,), (1, 2)), list.__eq__([1], [1]), int.__lt__(True, 2))
class I(int):
    pass
print(int.__lt__(I(1), 2), I.__lt__(I(3), 2), object.__lt__(3, 4), object.__eq__(3, 3))
