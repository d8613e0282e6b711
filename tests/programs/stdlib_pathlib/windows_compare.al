from pathlib import PureWindowsPath as W, PurePosixPath as P

print(W("C:/Dir/File") == W("c:/dir/FILE"), W("a") == P("a"), W("a") != "a")
print(hash(W("ABC")) == hash(W("abc")), len({W("x"), W("X"), W("y")}))
print(W("a") < W("B"), W("b") <= W("B"), W("c:/") > W("a"))
print(sorted([W("b"), W("A"), W("c:/x"), W("//s/h")]))
for op in ["<", ">"]:
    try:
        if op == "<":
            W("a") < P("b")
        else:
            W("a") > 1
    except TypeError as e:
        print(e)
