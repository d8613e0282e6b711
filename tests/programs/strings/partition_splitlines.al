# partition / rpartition and splitlines with and without keepends.
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("2023-01-15".partition("-"), "path/to/file.txt".rpartition("/"))
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(keepends=True))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
print("no newline".splitlines(), len("a\nb\nc".split("\n")))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
