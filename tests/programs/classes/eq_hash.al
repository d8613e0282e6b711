# __eq__ and __hash__: instances as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = "c"
print(d, len(d))
s = {Point(0, 0), Point(0, 0), Point(1, 0)}
print(len(s), Point(1, 0) in s)
print(hash(Point(1, 2)) == hash((1, 2)))


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__)
for make in (lambda: hash(NoHash()), lambda: {NoHash(): 1}, lambda: {NoHash()}):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Identity:
    pass


i1, i2 = Identity(), Identity()
dd = {i1: 1, i2: 2}
print(dd[i1], dd[i2], len({i1, i1, i2}))
print(hash(i1) == hash(i1), hash(i1) != hash(i2))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)


class SubOfNoHash(NoHash):
    pass


try:
    hash(SubOfNoHash())
except TypeError as e:
    print("TypeError:", e)


class Rehash(NoHash):
    def __hash__(self):
        return 7


print(hash(Rehash()), hash(Rehash()) == 7)


class BigHash:
    def __hash__(self):
        return 2 ** 70


class NegHash:
    def __hash__(self):
        return -1


class BadHash:
    def __hash__(self):
        return "x"


print(hash(BigHash()), hash(NegHash()))
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print("eq called")
        return self.k == other.k

    def __hash__(self):
        return 1


kd = {Key(1): "one"}
print(kd[Key(1)])
print(Key(2) in kd)
