"""A package that loads its submodules on first use (PEP 562)."""
_submodules = ["heavy", "light"]
_renamed = {"old_compute": "compute"}
loaded = []


def compute(x):
    return x * 2


def __getattr__(name):
    if name in _submodules:
        loaded.append(name)
        if name == "heavy":
            import lazypkg.heavy as mod
        else:
            import lazypkg.light as mod
        return mod
    if name in _renamed:
        print(f"  note: {name} is now {_renamed[name]}")
        return globals_get(_renamed[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def globals_get(name):
    return {"compute": compute}[name]


def __dir__():
    return ["compute", "loaded"] + _submodules
