# AttributeError and TypeError messages for attribute access, as CPython words them.
class Foo:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


f = Foo()
tests = [
    lambda: f.bar,
    lambda: Foo.bar,
    lambda: Foo().bar,
    lambda: (5).bar,
    lambda: "s".bar,
    lambda: None.bar,
    lambda: [].bar,
    lambda: object().bar,
    lambda: len.bar,
    lambda: int.bar,
    lambda: f.inst.bar,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)


def assign(obj, name):
    try:
        setattr(obj, name, 1)
        print("set", name, "ok")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


assign(f, "new")
assign(Foo, "new_cls")
assign(5, "x")
assign("s", "x")
assign(int, "x")
assign(object(), "x")
assign([], "x")
assign(len, "x")
assign(None, "x")


def remove(obj, name):
    try:
        delattr(obj, name)
        print("deleted", name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


remove(f, "inst")
remove(f, "inst")
remove(f, "cls_attr")
remove(Foo, "cls_attr")
remove(Foo, "cls_attr")
remove(5, "x")
remove(int, "x")
print(hasattr(f, "new"), Foo.new_cls, f.new_cls)
