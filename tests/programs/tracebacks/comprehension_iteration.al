# A generator that fails while a comprehension consumes it: the failing
# next() is in the <listcomp> frame, both entries marking the comprehension.
def readings(n):
    for i in range(n):
        if i == 2:
            raise OSError("sensor offline")
        yield i * 10


print([r for r in readings(2)])
print(sum(r for r in readings(2)))
try:
    print(sum(r for r in readings(3)))
except OSError as e:
    print("OSError:", e)
data = [r + 1 for r in readings(5)]
