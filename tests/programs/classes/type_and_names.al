# type(x), __name__, __qualname__, __class__ and class reprs.
class Outer:
    class Inner:
        class Deep:
            pass

    def method(self):
        class Local:
            pass
        return Local


print(Outer, Outer.Inner, Outer.Inner.Deep)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__)
L = Outer().method()
print(L.__qualname__, L)
o = Outer()
print(type(o) is Outer, o.__class__ is Outer, type(o).__name__)
print(Outer.method.__qualname__, Outer.method.__name__)
print(repr(int), repr(Outer), str(Outer))
print(type(Outer), type(type(Outer)))
print([cls.__name__ for cls in (int, str, Outer, object, type)])
print(type(3).__name__, type(None).__name__, type(Outer.method).__name__, type(o.method).__name__)
r = repr(o)
print(r.startswith("<__main__.Outer object at 0x"), r.endswith(">"))
print(str(o) == repr(o))
x = type(o)()
print(type(x).__name__)
