# __enter__ and __exit__ are looked up on the type, never on the instance;
# changing the class afterwards is seen.
class OnlyInstance:
    pass


obj = OnlyInstance()
obj.__enter__ = lambda: print("instance enter")
obj.__exit__ = lambda *a: print("instance exit")
try:
    with obj:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)


class HalfInstance:
    def __enter__(self):
        print("class enter")
        return self


h = HalfInstance()
h.__exit__ = lambda *a: True
try:
    with h:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)


class ExitOnly:
    def __exit__(self, *a):
        print("not called")


try:
    with ExitOnly():
        pass
except TypeError as e:
    print("TypeError:", e)


class Shadowed:
    def __enter__(self):
        print("class enter")
        return "from class"

    def __exit__(self, *a):
        print("class exit")


s = Shadowed()
s.__enter__ = lambda: "from instance"
s.__exit__ = lambda *a: print("instance exit")
with s as got:
    print("got", got)


class Later:
    pass


def late_enter(self):
    print("late enter")
    return 99


def late_exit(self, t, e, tb):
    print("late exit", t)
    return True


Later.__enter__ = late_enter
Later.__exit__ = late_exit
with Later() as v:
    print("value", v)
    raise ValueError("suppressed by late exit")
print("after late")

del Later.__exit__
try:
    with Later():
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __enter__(self):
        print("base enter", type(self).__name__)
        return self

    def __exit__(self, *a):
        print("base exit", type(self).__name__)


class Child(Base):
    pass


class Override(Base):
    def __exit__(self, t, e, tb):
        print("override exit")
        return super().__exit__(t, e, tb)


with Child():
    pass
with Override():
    pass

for value in [1, "s", [1], None, 2.5, (1,), {}, Base]:
    try:
        with value:
            pass
    except TypeError as e:
        print(e)
