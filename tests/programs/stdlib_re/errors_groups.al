import re
for p in ["(?P<a>x)(?P<a>y)", "(?P<1a>x)", "(?P<>x)", "(?P=b)", "(?P=)", "(a\\1)", "(?P<a>(?P=a))",
          "(?(1)a|b|c)", "(?(x)a)", "(?(2)a)(b)", "(?(0)x)", "(?(1a)x)", "(?(-1)x)", "(?(1)x", "(?<=(a)\\1)b"]:
    try:
        print(repr(p), re.compile(p).groups)
    except re.error as e:
        print(repr(p), e)
