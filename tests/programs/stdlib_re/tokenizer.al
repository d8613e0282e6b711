import re
TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=]))")
def tokens(s):
    pos = 0
    out = []
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            out.append(("error", s[pos:]))
            break
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(tokens("x = 3.5 * (y + 42)"))
print(tokens("a $ b"))
