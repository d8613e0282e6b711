# getattr / setattr / hasattr / delattr with names computed at run time.
class Record:
    kind = "record"

    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def fields(self):
        return sorted(self.__dict__)


r = Record(a=1, b="two")
print(r.fields(), r.a, getattr(r, "b"))
for name in ["a", "b", "c", "kind", "fields"]:
    print(name, hasattr(r, name), getattr(r, name, None) is not None)
setattr(r, "c" * 3, 33)
print(r.ccc, getattr(r, "c" + "cc"))
delattr(r, "a")
print(r.fields(), hasattr(r, "a"))
try:
    getattr(r, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(r, "fields")())
print(getattr(Record, "kind"), getattr(Record, "nope", "default"))
setattr(Record, "kind", "changed")
print(r.kind, Record.kind)
delattr(Record, "kind")
print(hasattr(r, "kind"))
try:
    delattr(Record, "kind")
except AttributeError as e:
    print("AttributeError:", e)
names = ["x%d" % i for i in range(5)]
for i, n in enumerate(names):
    setattr(r, n, i * i)
print([getattr(r, n) for n in names])
print(sum(getattr(r, n) for n in names if hasattr(r, n)))
