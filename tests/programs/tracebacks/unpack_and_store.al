# Unpacking marks the targets; an item store marks the subscript target.
pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
frozen = (1, 2)
try:
    first, second, third = pairs
except ValueError as e:
    print(e)
frozen[0] = 5
