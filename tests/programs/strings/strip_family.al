# strip / lstrip / rstrip with default whitespace and explicit char sets.
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "xyhiyx".lstrip("yx"), "xyhiyx".rstrip("xy"))
print(repr("aaaa".strip("a")), repr("".strip()), repr("abc".strip("")))
print("www.example.com".strip("cmowz."), "  spaced  ".strip(" s"))
print("0001230".lstrip("0"), "0001230".rstrip("0"), "--a--".strip("-"))
print(repr("\u3000wide space\u3000".strip()), repr("\x0b\x0cvt\x1c".strip()))
print("mississippi".strip("mip"), "mississippi".rstrip("ip"), "mississippi".lstrip("sim"))
print("path/to/dir///".rstrip("/"), "//root".lstrip("/"))
print("a b".strip(None), "\n\nx\n".strip("\n"))
