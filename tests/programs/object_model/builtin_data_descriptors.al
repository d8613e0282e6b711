# Data descriptors of built-in types, read and written through __get__,
# __set__ and __delete__, setattr and delattr.


def f(a, b=2):
    "doc of f"
    return a + b


FT = type(f)
name = FT.__dict__["__name__"]
print(name, type(name).__name__, name.__objclass__, name.__name__, name.__qualname__)
name.__set__(f, "g")
print(f.__name__, name.__get__(f), name.__get__(None, FT) is name, name.__get__(f, FT))
try:
    name.__set__(f, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    name.__delete__(f)
except TypeError as e:
    print("TypeError:", e)
try:
    name.__set__(1, "x")
except TypeError as e:
    print("TypeError:", e)
FT.__dict__["__qualname__"].__set__(f, "Q.g")
print(f.__qualname__, f.__name__)
FT.__dict__["__defaults__"].__set__(f, (10,))
print(f(1), f.__defaults__)
FT.__dict__["__defaults__"].__delete__(f)
print(f.__defaults__)
setattr(f, "__defaults__", (100,))
print(f(1))
delattr(f, "__defaults__")
print(f.__defaults__)
f.__defaults__ = (2,)
print(FT.__dict__["__module__"].__get__(f), FT.__dict__["__dict__"].__get__(f))
f.extra = 1
print(f.__dict__, FT.__dict__["__dict__"].__get__(f))
f.__dict__ = {"other": 2}
print(f.other, hasattr(f, "extra"))
try:
    f.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError:", e)
# Data descriptors come first: an instance dict entry does not shadow them.
f.__dict__["__name__"] = "shadow"
print(f.__name__)
print(FT.__dict__["__get__"], FT.__call__)
print(f.__get__(None, FT) is f, f.__get__(5)(), type(f.__get__(5)).__name__)
print(f.__call__(1, 1), FT.__call__(f, 2, 2))
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
try:
    f.__get__()
except TypeError as e:
    print("TypeError:", e)

# getset and member descriptors of built-in types
real = int.__dict__["real"]
print(real.__get__(5), real.__get__(True), real.__get__(None, int) is real)
for call in [lambda: real.__set__(5, 1), lambda: real.__delete__(5),
             lambda: real.__set__("x", 1), lambda: real.__get__("x"),
             lambda: real.__get__(None), lambda: real.__get__(),
             lambda: real.__set__(1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
start = range.__dict__["start"]
print(start, start.__get__(range(3, 9)), start.__objclass__, start.__qualname__)
for call in [lambda: start.__set__(range(3), 1), lambda: start.__delete__(range(3))]:
    try:
        call()
    except AttributeError as e:
        print("AttributeError:", e)
print(type(int.real).__get__, type(int.real).__set__, type(range.start).__delete__)
for stmt in ["[].append = 1", "del [].append", "(5).real = 1", "del (5).real",
             "range(3).start = 1", "(1).zz = 1", "del (1).zz", "'s'.__len__ = 1",
             "slice(1).start = 2", "True.real = 1"]:
    try:
        if stmt == "[].append = 1":
            [].append = 1
        elif stmt == "del [].append":
            del [].append
        elif stmt == "(5).real = 1":
            (5).real = 1
        elif stmt == "del (5).real":
            del (5).real
        elif stmt == "range(3).start = 1":
            range(3).start = 1
        elif stmt == "(1).zz = 1":
            (1).zz = 1
        elif stmt == "del (1).zz":
            del (1).zz
        elif stmt == "'s'.__len__ = 1":
            's'.__len__ = 1
        elif stmt == "slice(1).start = 2":
            slice(1).start = 2
        else:
            True.real = 1
    except AttributeError as e:
        print(stmt, "->", e)

# __objclass__ and the method descriptors' __get__/__call__
print(list.append.__objclass__, int.__add__.__objclass__, str.join.__objclass__)
print(dict.__dict__["fromkeys"].__objclass__, object.__init__.__objclass__)
print(list.append.__get__(None, list) is list.append, list.append.__get__([1]).__self__)
print(int.__add__.__get__(5)(3), list.append.__call__([1], 2), int.__add__.__call__(2, 3))
fk = dict.__dict__["fromkeys"]
print(fk.__get__(None, dict)([1]), fk.__get__({})("ab"), fk(dict, [2]), fk.__call__(dict, "x"))
for call in [lambda: list.append.__get__(5), lambda: list.append.__get__(None, None),
             lambda: fk.__get__(None, int), lambda: fk(), lambda: fk(1), lambda: fk(int, [1])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(list.append.__name__, list.append.__qualname__, int.__add__.__qualname__, fk.__qualname__)
print(repr(list.append.__get__).split(" at ")[0], type(list.append.__get__).__name__)
print(callable(int.real), callable(list.append), callable(fk), callable(range.start))
print(sorted(n for n in dir(type(int.real)) if n in ("__get__", "__set__", "__delete__", "__objclass__")))


class S:
    __slots__ = ("a", "b")


m = S.__dict__["a"]
print(m, type(m).__name__, m.__objclass__, m.__name__, m.__qualname__)
s = S()
m.__set__(s, 5)
print(s.a, m.__get__(s, S), m.__get__(None, S) is m)
m.__delete__(s)
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.__get__(1)
except TypeError as e:
    print("TypeError:", e)
setattr(s, "b", 7)
print(getattr(s, "b"), S.b.__get__(s))
delattr(s, "b")
print(hasattr(s, "b"))


class T:
    pass


t = T()
T.__dict__["__dict__"].__set__(t, {"k": 1})
print(t.k, T.__dict__["__dict__"].__get__(t), T.__dict__["__weakref__"].__get__(t))
try:
    T.__dict__["__weakref__"].__set__(t, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Borrow:
    # A built-in getset used in a class body reads through instances of int only.
    r = int.real


try:
    Borrow().r
except TypeError as e:
    print("TypeError:", e)
print(Borrow.r)
