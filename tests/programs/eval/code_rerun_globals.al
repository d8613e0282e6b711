# A code object run with several globals dicts: the functions of each run
# read the globals of the run that made them (their __globals__), as
# template engines and plugin hosts that reuse compiled code expect.
code = compile(
    "def describe():\n"
    "    return NAME + ' has ' + str(len(ITEMS)) + ' items'\n"
    "def total():\n"
    "    return sum(x * WEIGHT for x in ITEMS)\n"
    "squares = lambda: [x * x for x in ITEMS]\n",
    "<template>",
    "exec",
)
first = {"NAME": "first", "ITEMS": [1, 2, 3], "WEIGHT": 2}
second = {"NAME": "second", "ITEMS": [10, 20], "WEIGHT": 3}
exec(code, first)
exec(code, second)
for ns in (first, second):
    print(ns["describe"](), ns["total"](), ns["squares"]())
print(first["describe"].__globals__ is first, second["total"].__globals__ is second)

# Later changes to a run's globals are seen by its functions only.
first["NAME"] = "renamed"
second["ITEMS"].append(30)
print(first["describe"](), "|", second["describe"]())

# Nested functions and classes keep the globals of their run too.
maker = compile(
    "def outer():\n"
    "    def inner():\n"
    "        return TAG\n"
    "    return inner\n"
    "class K:\n"
    "    def who(self):\n"
    "        return TAG\n",
    "<maker>",
    "exec",
)
a, b = {"TAG": "a"}, {"TAG": "b"}
exec(maker, a)
exec(maker, b)
print(a["outer"]()(), b["outer"]()(), a["K"]().who(), b["K"]().who())

# A generator made in one run, resumed after another run.
gen_code = compile("def gen():\n    yield LABEL\n    yield LABEL * 2\n", "<gen>", "exec")
g1, g2 = {"LABEL": "x"}, {"LABEL": "y"}
exec(gen_code, g1)
it = g1["gen"]()
print(next(it))
exec(gen_code, g2)
print(next(it), list(g2["gen"]()))
