# compile(..., 'single') shows an expression statement's value and keeps
# it as the builtin `_` (None values leave `_` as it was); code run with
# its own __builtins__ dict does not see it.
g = {}
exec(compile("6 * 7\n", "<s>", "single"), g)
exec(compile("_ + 1\n", "<s>", "single"), g)
exec(compile("None\n", "<s>", "single"), g)
print(eval("_", g))
exec(compile("x = 5\n", "<s>", "single"), g)
print(eval("_", {}))
exec(compile("'text'\n", "<s>", "single"), {})
print(eval("_"))


class Loud:
    def __repr__(self):
        print("repr sees", eval("_", {}))
        return "Loud()"


exec(compile("Loud()\n", "<s>", "single"), {"Loud": Loud})
print(type(eval("_", {})).__name__)
try:
    eval("_", {"__builtins__": {}})
except NameError as e:
    print(e)
