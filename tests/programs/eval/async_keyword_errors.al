# `async` not followed by def, for or with: CPython reports the token after it.
for src in ["async = 1", "async", "async x", "async 1", "x = async", "async\n", "async.x = 1", "if 1:\n    async = 2\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset, repr(e.text))
