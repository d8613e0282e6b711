# copyreg: dispatch_table and pickle(), constructor(), the extension
# registry and its errors, _slotnames with its cache.
import copy
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


copyreg.pickle(Point, reduce_point)
q = copy.copy(Point(1, 2))
print(q.x, q.y)
print(Point in copyreg.dispatch_table, complex in copyreg.dispatch_table)
print(copyreg.dispatch_table[complex](3 + 4j))
for bad in [(Point, 5), (Point, reduce_point, 7)]:
    try:
        copyreg.pickle(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    copyreg.constructor(1)
except TypeError as e:
    print("TypeError:", e)
copyreg.constructor(Point)

copyreg.add_extension("mod", "name", 5)
copyreg.add_extension("mod", "name", 5)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in [("mod", "name", 6), ("mod", "other", 5), ("m", "n", 0), ("m", "n", 2**31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    copyreg.remove_extension("mod", "name", 6)
except ValueError as e:
    print("ValueError:", e)
copyreg._extension_cache[5] = "cached"
copyreg.remove_extension("mod", "name", 5)
print(copyreg._extension_registry, copyreg._extension_cache)
copyreg.clear_extension_cache()


class Base:
    __slots__ = ("a", "__p")


class Sub(Base):
    __slots__ = ("b", "__dict__", "__weakref__")


print(copyreg._slotnames(Sub), Sub.__dict__.get("__slotnames__"))
print(copyreg._slotnames(Point))
print(sorted(copyreg.__all__))
print(copyreg.pickle_union(int | str)[1][1])
