# Plugin loading: plugin modules in a package beside the program are
# imported by name at run time with importlib and register themselves.
import importlib
import sys

ENABLED = ["upper", "reverse", "count", "missing"]

loaded = []
for name in ENABLED:
    try:
        mod = importlib.import_module("plugins_rt." + name)
    except ModuleNotFoundError as e:
        print("skipping:", e)
        continue
    loaded.append(mod.__name__)
print(loaded)

pkg = sys.modules["plugins_rt"]
print(sorted(pkg.REGISTRY), pkg.__doc__)
for name, cls in sorted(pkg.REGISTRY.items()):
    print(name, cls.__name__, cls.__module__, cls().run("banana"))

# Importing again gives the same module; no second registration runs.
again = importlib.import_module("plugins_rt.upper")
print(again is sys.modules["plugins_rt.upper"], len(pkg.REGISTRY))

# A pipeline chosen by configuration text.
pipeline = eval("['reverse', 'upper']")
text = "plugins"
for step in pipeline:
    text = pkg.REGISTRY[step]().run(text)
print(text)
