# A namedtuple-like class factory that generates the class source as text
# and execs it, as collections.namedtuple once did.


def record(typename, field_names):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    for name in (typename,) + fields:
        if not name.isidentifier():
            raise ValueError("bad name: " + repr(name))
    args = ", ".join(fields)
    reprs = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
    src = f"""
class {typename}(tuple):
    __slots__ = ()
    _fields = {fields!r}

    def __new__(cls, {args}):
        return tuple.__new__(cls, ({args},))

    def __repr__(self):
        return f"{typename}({reprs})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kw):
        values = [kw.pop(f, v) for f, v in zip(self._fields, self)]
        if kw:
            raise ValueError("unexpected fields: " + ", ".join(sorted(kw)))
        return type(self)(*values)
"""
    for i, f in enumerate(fields):
        src += f"\n    {f} = property(lambda self: self[{i}])\n"
    ns = {"__name__": "records"}
    exec(src, ns)
    cls = ns[typename]
    return cls


Point = record("Point", "x, y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p))
print(p._asdict())
print(p._replace(y=5), p)
print(Point._fields, Point.__name__, Point.__module__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)

Employee = record("Employee", ["name", "dept", "salary"])
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90),
         Employee("cy", "eng", 100)]
for e in sorted(staff, key=lambda e: -e.salary):
    print(e)
print(sum(e.salary for e in staff if e.dept == "eng"))
try:
    record("Bad", "ok not-ok")
except ValueError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
