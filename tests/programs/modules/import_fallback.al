# The try/except ImportError idiom: a compat module picks an implementation
# from what is importable, with chains of fallbacks; ModuleNotFoundError is an
# ImportError carrying the missing module's name.
import compat_helper

print(compat_helper.BACKEND, compat_helper.dumps({"b": 1, "a": [True, None]}))
print(compat_helper.speedup_available, compat_helper.fast_sum([1, 2, 3]))
print(compat_helper.tried)

try:
    import totally_missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.msg, isinstance(e, ImportError), e.args)

try:
    from compat_helper import not_there
except ImportError as e:
    print(type(e).__name__, e.name, type(e) is ImportError)


def optional(name):
    try:
        if name == "json":
            import json as mod
        elif name == "math":
            import math as mod
        else:
            import no_module_named_this as mod
    except ImportError as e:
        return f"{name}: unavailable ({e})"
    return f"{name}: {mod.__name__}"


for n in ["json", "math", "other"]:
    print(optional(n))
try:
    import totally_missing_mod
except ImportError:
    print("missing again")
else:
    print("imported?")
finally:
    print("finally runs")
