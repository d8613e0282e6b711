import re
for p in ["(", "(a", ")", "a)", "*", "a**", "+", "?", "{1}", "a{2,1}", "[", "[a", "[]", "[z-a]", "\\q",
          "\\1", "(a)\\2", "(?<x)", "(?z)", "(?", "\\", "a|*", "^*", "\\b*", "(?P", "(?Px)", "(?P<a", "(?#abc", "a*+*"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
