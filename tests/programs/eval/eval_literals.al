# eval as a reader of repr()'d data: every literal form round-trips.
values = [
    0, -1, 2 ** 70, -(2 ** 64), 3.25, -0.0, 1e300, 1.5e-7,
    1 + 2j, "plain", "quote ' and \" both", "tab\tnew\nline", "é ü 中文 🎉",
    b"bytes\x00\xff", bytearray(b"ba"), True, False, None,
    [1, [2, [3, []]]], (1,), (), {"k": [1, 2], 3: (4, 5)}, {1, 2, 3},
    frozenset({4}), range(1, 10, 2), slice(1, 5, None), Ellipsis,
]
for v in values:
    r = repr(v)
    back = eval(r)
    print(r, type(back).__name__, back == v or r == repr(back))
print(eval("0x1F + 0o17 + 0b101 + 1_000"))
print(eval("'abc' 'def'"))
print(eval("r'\\n' + '\\n'"))
print(eval("{**{'a': 1}, 'b': 2}"))
print(eval("[*range(3), *'ab']"))
print(eval("not 1 < 2 < 3"))
print(eval("(yield_ := 5) + 1"))
print(eval("[x for x in range(10) if x % 3 == 0][-1]"))
print(eval(repr(float("inf")), {"inf": float("inf")}))
print(eval("inf"))
