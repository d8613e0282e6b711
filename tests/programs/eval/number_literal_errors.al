# The tokenizer's errors in number literals: message, point and text,
# with and without a line break after the source, in every mode.
sources = ["1__0", "1_", "1e", "1.2__3", "1e1__0", "1_000_", "x = 12_", "0x1__2", "0b1_",
           "1_a", "0777", "0b2", "0x", "0o8", "x = 0777 + 1\n", "y = 1__0\n", "z = 1abc\n"]
for src in sources:
    for mode in ["exec", "eval", "single"]:
        try:
            compile(src, "<s>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            print(mode, repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    exec("total = 1_000_")
except SyntaxError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)), end="")
