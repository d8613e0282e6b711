# os.environ, getenv, putenv and unsetenv on variables the program sets.
import os

e = os.environ
print(type(e).__name__, "ALC_T_A" in e, os.getenv("ALC_T_A"), os.getenv("ALC_T_A", "dflt"))
e["ALC_T_A"] = "one"
print("ALC_T_A" in e, e["ALC_T_A"], os.getenv("ALC_T_A"), e.get("ALC_T_A"), e.get("ALC_T_NOPE", 5))
e["ALC_T_B"] = "two words"
print(sorted(k for k in e if k.startswith("ALC_T_")))
print(sorted((k, v) for k, v in e.items() if k.startswith("ALC_T_")))
print(len(e) == len(list(e)) == len(e.keys()) == len(e.copy()))
c = e.copy()
print(type(c).__name__, c["ALC_T_B"], e == c, e != {})
del e["ALC_T_A"]
print("ALC_T_A" in e, os.getenv("ALC_T_A"))
try:
    e["ALC_T_A"]
except KeyError as x:
    print("KeyError", x)
try:
    del e["ALC_T_A"]
except KeyError as x:
    print("KeyError", x)
print(e.pop("ALC_T_B"), e.pop("ALC_T_B", "gone"), "ALC_T_B" in e)
print(e.setdefault("ALC_T_C", "three"), e.setdefault("ALC_T_C", "other"))
e.update({"ALC_T_D": "4"}, ALC_T_E="5")
e.update([("ALC_T_F", "6")])
print(e["ALC_T_D"], e["ALC_T_E"], e["ALC_T_F"])
e |= {"ALC_T_G": "7"}
print(type(e).__name__, e["ALC_T_G"])
m = e | {"ALC_T_H": "8"}
print(type(m).__name__, m["ALC_T_H"], "ALC_T_H" in e)
m = {"ALC_T_I": "9"} | e
print(type(m).__name__, m["ALC_T_I"])
r = repr(e)
print(r.startswith("environ({"), r.endswith("})"), "'ALC_T_G': '7'" in r)

# putenv and unsetenv change the process environment, not os.environ.
os.putenv("ALC_T_P", "p")
print("ALC_T_P" in e, os.getenv("ALC_T_P"))
e["ALC_T_Q"] = "q"
os.unsetenv("ALC_T_Q")
print(e["ALC_T_Q"])

for bad in [
    lambda: e[1],
    lambda: e.__setitem__("x", 1),
    lambda: e.__setitem__(1, "x"),
    lambda: 1 in e,
    lambda: e.get(1),
    lambda: os.getenv(1),
    lambda: os.putenv("a=b", "c"),
    lambda: os.putenv("", "c"),
    lambda: os.putenv("a\0", "c"),
    lambda: os.putenv(1, "c"),
    lambda: os.putenv("a"),
    lambda: os.unsetenv("a=b"),
    lambda: os.unsetenv(""),
    lambda: e.__setitem__("ALC=T", "x"),
]:
    try:
        print(bad())
    except (TypeError, ValueError, OSError) as x:
        print(type(x).__name__, x)

for k in [k for k in e if k.startswith("ALC_T_")]:
    del e[k]
print(sorted(k for k in e if k.startswith("ALC_T_")))

e["ALC_T_M"] = "m"
d = dict(e)
print(type(d).__name__, d["ALC_T_M"], {**e}["ALC_T_M"], len(d) == len(e))
x = {}
x.update(e)
x |= e
print(x == d, sorted(x) == sorted(e))
del e["ALC_T_M"]
for bad in [lambda: e.setdefault("ALC_T_S")]:
    try:
        bad()
    except TypeError as x:
        print("TypeError", x)
print("ALC_T_S" in e)
