# A metaclass that is a plain function (or any callable) receives the
# class name, bases and namespace, and its result is bound to the name.
def make_record(name, bases, ns, **kw):
    fields = [k for k in ns if not k.startswith("__")]
    print("make_record", name, [b.__name__ for b in bases], fields, kw)
    return {"name": name, "fields": fields, "options": kw}


class Point(metaclass=make_record, frozen=True):
    x = 0
    y = 0

print(Point)


def upper_attrs(name, bases, ns):
    new_ns = {}
    for k, v in ns.items():
        new_ns[k if k.startswith("__") else k.upper()] = v
    return type(name, bases, new_ns)


class Shout(metaclass=upper_attrs):
    hello = "hi"
    def greet(self):
        return "greet"


print(Shout.HELLO, Shout().GREET(), hasattr(Shout, "hello"), type(Shout).__name__)


class CallableMeta:
    def __call__(self, name, bases, ns):
        return name + "!" + str(len(bases))


class Q(int, str, metaclass=CallableMeta()):
    pass


print(Q)
