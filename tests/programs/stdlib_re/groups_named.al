import re
m = re.match(r"(?P<first_name>\w+) (?P<last_name>\w+)", "Malcolm Reynolds")
print(m.group("first_name"), m.group("last_name"), m["first_name"])
print(m.groupdict())
print(m.start("last_name"), m.end("last_name"), m.span("last_name"))
print(m.lastindex, m.lastgroup)
p = re.compile(r"(?P<a>x)(y)(?P<c>z)?")
print(p.groupindex, p.groups, dict(p.groupindex))
print(p.match("xy").groupdict(), p.match("xy").groupdict("-"))
