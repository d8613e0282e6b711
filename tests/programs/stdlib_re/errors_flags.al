import re
for p in ["(?i", "(?-i)", "(?i-i:a)", "(?x", "(?-)", "(?i-)", "(?-:a)", "(?u-a:a)", "(?-a:a)", "(?L)", "(?au)", "(?ia-:a)", "(?q)", "(?i-q:a)"]:
    try:
        print(repr(p), re.compile(p).flags)
    except re.error as e:
        print(repr(p), e)
    except ValueError as e:
        print(repr(p), "ValueError", e)
for p, f in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L), ("(?a)(?u)", 0), (b"(?u)", 0)]:
    try:
        print(re.compile(p, f))
    except (re.error, ValueError) as e:
        print(type(e).__name__, e)
