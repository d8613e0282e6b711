# __reduce__ and __reduce_ex__ in every shape: callable and args, state,
# list items, dict items, state setter, and a global name.
import pickle


def rebuild(a, b):
    return Thing(a + b)


def set_state(obj, state):
    obj.state = ("set", state)


class Thing:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (rebuild, (self.v, 0))


class Bag(list):
    def __reduce__(self):
        return (Bag, (), {"tag": 1}, iter(self), None)


class Table(dict):
    def __reduce__(self):
        return (Table, (), None, None, iter(self.items()))


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {"x": 1}, None, None, set_state)


class Ex:
    def __reduce_ex__(self, proto):
        print("reduce_ex with", proto)
        return (Ex, ())


SINGLETON = object()


class Named:
    def __reduce__(self):
        return "INSTANCE"


INSTANCE = Named()

for proto in range(6):
    print(proto, pickle.dumps(Thing(4), proto), pickle.loads(pickle.dumps(Thing(4), proto)).v)
    b = Bag([1, 2, 3])
    data = pickle.dumps(b, proto)
    back = pickle.loads(data)
    print(data, back, back.tag)
    t = Table(a=1, b=2)
    data = pickle.dumps(t, proto)
    print(data, pickle.loads(data))
    data = pickle.dumps(WithSetter(), proto)
    print(data, pickle.loads(data).state)
    print(pickle.dumps(Ex(), proto))
    data = pickle.dumps(INSTANCE, proto)
    print(data, pickle.loads(data) is INSTANCE)
