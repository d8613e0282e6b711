# Every kind of statement in exec'd code.
src = '''
import math
total = 0
for i in range(5):
    if i % 2:
        continue
    total += i
while total < 20:
    total *= 2
data = {"k": [1, 2, 3]}
data["k"].append(4)
first, *rest = data["k"]
a = b = 7
a += 1
x: int = 3
assert x == 3
with open("out.txt", "w") as f:
    f.write("w")
try:
    raise ValueError("v")
except ValueError as err:
    caught = str(err)
else:
    caught = None
finally:
    done = True
match data:
    case {"k": [1, *others]}:
        matched = others
    case _:
        matched = None
squares = {n: n * n for n in range(4)}
gen = (c for c in "abc")
letters = list(gen)
lam = lambda q: q * 2
del lam
nonl = None
def outer():
    v = 0
    def inc():
        nonlocal v
        v += 1
        return v
    inc()
    return inc()
nonl = outer()
async def co():
    return 5
import asyncio
co_result = asyncio.run(co())
'''
ns = {}
exec(src, ns)
for key in ["total", "first", "rest", "a", "b", "caught", "done", "matched", "squares", "letters", "nonl", "co_result"]:
    print(key, ns[key])
print(ns["__annotations__"], "lam" in ns, ns["math"].pi > 3)
