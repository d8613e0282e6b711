# Data and non-data descriptors defined on a metaclass, seen through its
# classes, and how class-level names shadow them.
class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, objtype=None):
        self.n += 1
        return ("get", obj.__name__ if obj is not None else None, self.n)


class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data from meta for " + obj.__name__

    def __set__(self, obj, value):
        print("meta __set__", obj.__name__, value)


class Meta(type):
    counted = Counter()
    data = DataDesc()


class C(metaclass=Meta):
    counted = "class shadows non-data descriptor"
    data = "class value loses to the data descriptor"


class D(metaclass=Meta):
    pass


print(C.counted, C.data)
print(D.counted, D.counted)
C.data = 5
print(C.__dict__["data"], C.data)
D.other = 1
print(D.other)
