# __getnewargs__ and __getnewargs_ex__: NEWOBJ, NEWOBJ_EX, and the
# functools.partial CPython writes for keyword arguments before protocol 4.
import pickle


class Tagged(int):
    def __new__(cls, value, tag):
        self = int.__new__(cls, value)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class Kw:
    def __new__(cls, *args, **kwargs):
        print("new", args, sorted(kwargs.items()))
        return object.__new__(cls)

    def __init__(self, a, *, b):
        self.a = a
        self.b = b

    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})


for proto in range(6):
    t = Tagged(7, "seven")
    data = pickle.dumps(t, proto)
    back = pickle.loads(data)
    print(proto, data, back, back.tag, type(back).__name__)
    k = Kw(1, b=2)
    data = pickle.dumps(k, proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back.a, back.b)
