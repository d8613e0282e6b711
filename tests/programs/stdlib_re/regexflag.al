import re
for v in [re.I, re.I | re.M, re.A | re.I, ~re.I, re.I | 0x1000, re.NOFLAG, re.X | re.S | re.M]:
    print(repr(v), str(v), format(v), int(v))
print(re.I == 2, re.IGNORECASE is re.I, re.RegexFlag.DOTALL, re.U, re.L)
print(isinstance(re.I, int), re.I | 8, type(re.I | re.M).__name__)
print(re.RegexFlag(6), re.RegexFlag.__name__)
print(f"{re.M}", "%d" % re.M, list(re.I | re.M))
