# The errors dataclasses report, with CPython's messages.
from dataclasses import dataclass, field, fields, KW_ONLY, make_dataclass, InitVar


def attempt(label, thunk):
    try:
        r = thunk()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


@dataclass
class A:
    x: int
    y: int = 2
    _: KW_ONLY
    z: int = 3


attempt("missing", lambda: A())
attempt("too many", lambda: A(1, 2, 3))
attempt("unknown kw", lambda: A(1, w=5))
attempt("twice", lambda: A(1, x=1))
attempt("ok", lambda: A(1, z=9))


@dataclass
class B:
    a: int
    b: int
    c: int
    d: int = field(kw_only=True)


attempt("missing three", lambda: B())
attempt("missing two", lambda: B(1))
attempt("missing kw", lambda: B(1, 2, 3))


def bad_default():
    @dataclass
    class C:
        items: dict = {}
    return C


def bad_set():
    @dataclass
    class C:
        items: set = set()
    return C


def double_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
    return C


def factory_classvar():
    from typing import ClassVar

    @dataclass
    class C:
        a: ClassVar[list] = field(default_factory=list)
    return C


def field_without_annotation():
    @dataclass
    class C:
        a: int
        b = field(default=1)
    return C


def explicit_order():
    @dataclass(order=True)
    class C:
        a: int

        def __lt__(self, other):
            return True
    return C


def explicit_hash():
    @dataclass(unsafe_hash=True)
    class C:
        a: int

        def __hash__(self):
            return 1
    return C


for f in (bad_default, bad_set, double_kw_only, factory_classvar,
          field_without_annotation, explicit_order, explicit_hash):
    attempt(f.__name__, f)
attempt("fields of int", lambda: fields(int))
attempt("make bad name", lambda: make_dataclass("X", ["a b"]))
attempt("make dup", lambda: make_dataclass("X", ["a", "a"]))
attempt("make ok", lambda: make_dataclass("X", [("a", int, field(default=4))])())


@dataclass
class WithInit:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


attempt("initvar", lambda: WithInit(2, 5))
attempt("initvar missing", lambda: WithInit(2))
attempt("initvar not a field", lambda: [f.name for f in fields(WithInit)])
