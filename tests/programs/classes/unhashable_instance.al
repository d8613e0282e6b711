# A class that defines __eq__ without __hash__ gets __hash__ = None:
# its instances cannot be set members or dict keys.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class HashedPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


print(Point.__hash__ is None, HashedPoint.__hash__ is not None)
print(len({HashedPoint(1, 2), HashedPoint(1, 2), HashedPoint(2, 1)}))
print(Point(1, 2) == Point(1, 2), Point(1, 2) in [Point(1, 2)])
for make in [lambda: hash(Point(0, 0)), lambda: {Point(0, 0): 1}, lambda: Point(0, 0) in {1, 2}]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
seen = set()
seen.add(Point(1, 1))
