# String literal forms: escapes, raw strings, triple quotes, implicit concatenation.
print("a\tb\\n\x41\u00e9\U0001F600\101\0end".replace("\0", "<NUL>"))
print(r"raw\n\t\\", R"C:\path\file", len(r"\n"))
t = """first
  second
third"""
print(t)
print(t.splitlines())
u = '''it's "quoted"'''
print(u)
print("imp" "licit" ' concat', "x" """y""")
print("line \
continued")
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}")
long = ("a"
        "b"
        "c")
print(long, len("\\"), len("\x00"), "\a\b\f\v" == "\x07\x08\x0c\x0b")
