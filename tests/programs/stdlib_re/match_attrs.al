import re
p = re.compile(r"(\w)(\w)")
m = p.search("ab cd", 1, 5)
print(m.pos, m.endpos, m.re is p, m.string, m.span())
m = p.match("xyz")
print(m.pos, m.endpos, m.regs)
m = re.match("a", "abc")
print(m.endpos)
