import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def f():
        return 1

      x
    """))
show(textwrap.dedent("  a\n\tb\n"))
show(textwrap.dedent("\ta\n\t\tb\n \n\t\n"))
show(textwrap.dedent("    a\n  b\n      c"))
show(textwrap.dedent("  \t a\n  \t  b"))
show(textwrap.dedent(""))
show(textwrap.dedent("   \n   "))
show(textwrap.dedent("  x\r\n  y\r\n"))
show(textwrap.indent("a\nb\n\n  \nc", "> "))
show(textwrap.indent("a\r\nb\rc\n", "+"))
show(textwrap.indent("a\nb\n\nc", "  ", lambda line: True))
show(textwrap.indent("one\ntwo\nthree\n", "# ", predicate=lambda l: "t" in l))
w = textwrap.TextWrapper(width=8)
show(w._split_chunks("ab-cd ef\tgh"))
