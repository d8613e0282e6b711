# __get__ of the built-in descriptors with subclasses and odd arguments.


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([3, 1, 2])
print(list.append.__get__(ml)(4), ml, list.sort.__get__(ml, MyList)(), ml)
print(list.__len__.__get__(ml)(), type(list.__len__.__get__(ml)).__name__)
fk = dict.__dict__["fromkeys"]
print(type(fk.__get__(None, MyDict)([1])).__name__, type(fk.__get__(MyDict())("ab")).__name__)
print(bool.bit_length.__objclass__, bool.__dict__.get("bit_length"), True.bit_length())
print(int.__dict__["bit_length"].__get__(True)(), int.real.__get__(True), int.imag.__get__(7))
print(float.real.__get__(2.5), complex.imag.__get__(3j), slice.start.__get__(slice(4, 5)))
for d in [list.append, int.__add__, fk, int.real, range.start]:
    got = d.__get__(None, d.__objclass__)
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, got is d or type(got).__name__)
w = (5).__add__
print(type(w).__name__, w.__name__, w.__qualname__, w.__self__, w(1))
try:
    int.__add__.__get__("x")
except TypeError as e:
    print("TypeError:", e)
try:
    list.append.__get__(None)
except TypeError as e:
    print("TypeError:", e)
try:
    list.append.__get__(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    int.real.__set__(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    int.real.__delete__()
except TypeError as e:
    print("TypeError:", e)
try:
    list.append.__call__()
except TypeError as e:
    print("TypeError:", e)
try:
    int.__add__.__call__()
except TypeError as e:
    print("TypeError:", e)
try:
    int.__add__.__call__("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(str.upper.__call__("abc"), str.join.__get__("-")(["a", "b"]))
