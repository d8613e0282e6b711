# A generator created in a for header is closed when the loop ends by
# break, return or an exception (its finally runs then, as in CPython).
def gen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", tag)


for x in gen("break"):
    if x == 2:
        break
print("after break")


def f():
    for x in gen("return"):
        if x == 1:
            return x
    return -1


print("f returned", f())

try:
    for x in gen("exception"):
        if x == 3:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)

for x in gen("exhausted"):
    pass
print("after exhausted")

for x in gen("else"):
    pass
else:
    print("else ran")


def outer():
    for x in gen("nested-outer"):
        for y in gen("nested-inner"):
            if y == 1:
                break
        if x == 1:
            break
    print("outer done")


outer()
for x in gen("continue"):
    if x < 4:
        continue
print("end")
