# Writing and deleting attributes of built-in values: through their types'
# data descriptors, else CPython's errors.


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)


def gen():
    yield 1


g = gen()
attempt("int.real", lambda: setattr(5, "real", 1))
attempt("int.numerator", lambda: setattr(5, "numerator", 1))
attempt("float.imag", lambda: setattr(1.5, "imag", 1))
attempt("complex.real", lambda: setattr(1j, "real", 1))
attempt("del complex.imag", lambda: delattr(1j, "imag"))
attempt("range.step", lambda: setattr(range(3), "step", 1))
attempt("slice.stop", lambda: delattr(slice(3), "stop"))
attempt("list.sort", lambda: setattr([], "sort", 1))
attempt("dict.keys", lambda: delattr({}, "keys"))
attempt("str.join", lambda: setattr("", "join", 1))
attempt("str.x", lambda: setattr("", "x", 1))
attempt("tuple.x", lambda: delattr((), "x"))
attempt("bytes.hex", lambda: setattr(b"", "hex", 1))
attempt("gen.gi_running", lambda: setattr(g, "gi_running", 1))
attempt("gen.other", lambda: setattr(g, "other", 1))
attempt("None.x", lambda: setattr(None, "x", 1))
attempt("method.x", lambda: setattr([].append, "x", 1))
attempt("descr.x", lambda: setattr(list.append, "__name__", "x"))
attempt("mappingproxy.x", lambda: setattr(type.__dict__, "x", 1))
attempt("set.add", lambda: setattr(set(), "add", 1))
attempt("frozenset.x", lambda: delattr(frozenset(), "x"))
print(g.__name__)
