import re
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
print(p.match("<user@host.com>"), p.match("user@host.com"), p.match("<user@host.com"))
print(re.match(r"(?P<a>x)?(?(a)y|z)", "xy"), re.match(r"(?P<a>x)?(?(a)y|z)", "z"))
print(re.match(r"(a)?(?(1)b)", "c"))
print(re.match(r"(?(1)a|b)(x)", "bx"))
print(re.match(r"(?:(a)|b)(?(1)c|d)", "bd").groups())
print(re.match(r"((?(2)x|)b())*c", "bbc"))
