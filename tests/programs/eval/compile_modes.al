# compile() in its three modes, and running the code objects.
c = compile("a * 2", "<expr>", "eval")
print(type(c).__name__, c.co_filename if hasattr(c, "co_filename") else "-")
a = 21
print(eval(c))
a = 50
print(eval(c))
print(eval(c, {"a": 1}))

s = compile("b = a + 1\nprint('exec mode', b)", "<stmts>", "exec")
exec(s)
print(b)
exec(s, {"a": 1000})
print(b)

single = compile("a + 1", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("[1, 2]\n", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
print(x)
exec(compile("if x:\n    x + 1\n", "<single>", "single"))

for mode in ["exec", "eval", "single"]:
    code = compile("7", "<m>", mode)
    print(mode, repr(eval(code)))
