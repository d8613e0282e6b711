# A module beside the program imported only at run time, through
# __import__ with fromlist, importlib, and exec'd import statements with
# separate namespaces.
import importlib

mod = __import__("rt_units_mod", globals(), None, ["convert", "Quantity"])
print(mod.__name__, mod.__doc__, mod.convert(2.5, "km", "m"))
q = mod.Quantity(150, "cm")
print(q, q.to("m"), q.to("mm"))

same = importlib.import_module("rt_units_mod")
print(same is mod, sorted(k for k in vars(same) if not k.startswith("__")))

g = {}
l = {}
exec("from rt_units_mod import convert as cv, FACTORS\nx = cv(1, 'm', 'cm')", g, l)
print(sorted(l), l["x"], "cv" in g)
exec("import rt_units_mod as units\nunits.FACTORS['in'] = 0.0254", g)
print(mod.FACTORS["in"], g["units"] is mod)
print(mod.convert(10, "in", "cm"))
try:
    exec("from rt_units_mod import missing_name", {})
except ImportError as e:
    print("ImportError", str(e).replace(e.path, "<path>"), e.name, e.path.endswith("rt_units_mod.py"))
