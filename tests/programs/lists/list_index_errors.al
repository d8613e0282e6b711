# IndexError and TypeError messages from list operations.
a = [10, 20, 30]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: a["1"],
    lambda: a[1.0],
    lambda: [].pop(),
    lambda: a.pop(7),
    lambda: a.insert("x", 1),
    lambda: a.index(99),
    lambda: a.remove(99),
    lambda: a + 1,
    lambda: a * "2",
    lambda: a * 2.0,
    lambda: a[None],
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(a[2], a[-3], a[True], a[False])
