# Instances of classes defined in the program pickle by reference to the
# class (module __main__ and qualified name) and their __dict__.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Outer:
    class Inner:
        def __init__(self):
            self.v = [1, 2]


class Empty:
    pass


for proto in range(6):
    p = Point(1, "two")
    data = pickle.dumps(p, proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back, back == p, type(back) is Point)
    data = pickle.dumps(Outer.Inner(), proto)
    print(proto, data, pickle.loads(data).v)
    data = pickle.dumps(Empty(), proto)
    print(proto, data, type(pickle.loads(data)).__name__)
    data = pickle.dumps([Point, Outer.Inner, Empty], proto)
    print(proto, data, pickle.loads(data) == [Point, Outer.Inner, Empty])
