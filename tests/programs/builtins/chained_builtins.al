# Builtins composed with each other in single expressions.
print(list(map(len, sorted(["ccc", "a", "bb"]))), dict(zip(range(3), reversed("abc"))), sum(map(abs, range(-3, 3))))
print(len(str(2 ** 100)), sorted(map(len, "a bb ccc".split()), reverse=True), list(map(int, str(12345))))
print(max(map(abs, [-7, 3, 5])), min(zip([3, 1], ["c", "a"])), sum(map(ord, "abc")))
print(str(sorted(set("hello"))), tuple(reversed(sorted({3, 1, 2}))), list(enumerate(reversed("ab"))))
print(int(max("123", key=int)) + 1, abs(min(-5, -10)), round(sum([0.1] * 3), 2))
