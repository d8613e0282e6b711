import re
it = re.finditer(r"\d", "a1b2c3")
print(next(it).group(), next(it).group())
print([m.group() for m in it])
print(list(it))
it = re.compile("x*").finditer("axx")
print([(m.span(), m.group()) for m in it])
