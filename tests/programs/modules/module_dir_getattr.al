# A package that loads its submodules on first attribute access with a
# module-level __getattr__ and lists them with a module-level __dir__
# (PEP 562); renamed names answered through __getattr__; getattr/hasattr
# with defaults on such a module.
import lazypkg

print(dir(lazypkg))
print(lazypkg.loaded)
print(lazypkg.light.SIZE, lazypkg.loaded)
print(lazypkg.light.SIZE, lazypkg.loaded)
print(lazypkg.heavy.SIZE, lazypkg.loaded)
print(lazypkg.old_compute(21))
print(hasattr(lazypkg, "missing"), getattr(lazypkg, "missing", "fallback"))
try:
    lazypkg.missing
except AttributeError as e:
    print("AttributeError:", e)
from lazypkg import light, compute
print(light.SIZE, compute(5), lazypkg.loaded)
print(sorted(n for n in dir(lazypkg)))
