# What sys.exit and SystemExit carry: code is None, an int, a string or any
# object; args as given; str() of each. The program ends with sys.exit of a
# list, which CPython prints to stderr with status 1.
import sys

cases = [(), (None,), (0,), (3,), ("bye",), (True,), ((1, 2),), ([1],)]
for args in cases:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(f"sys.exit{args!r}: code={e.code!r} args={e.args!r} str={str(e)!r}")
for args in [(), (1, 2), ("a", "b", "c")]:
    e = SystemExit(*args)
    print(f"SystemExit{args!r}: code={e.code!r} args={e.args!r}")
try:
    raise SystemExit
except SystemExit as e:
    print("bare raise:", e.code, type(e).__mro__)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)


def handler():
    try:
        {}["key"]
    except KeyError:
        sys.exit(4)


try:
    handler()
except SystemExit as e:
    print("from except:", e.code, repr(e.__context__))
sys.exit(["not", "an", "int"])
