# Generator expressions consumed by sum/any/all/min/max/sorted/list/tuple/set/dict/str.join.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x for x in nums), sum(x * x for x in nums if x > 0), sum((x for x in nums), 100))
print(any(x > 5 for x in nums), all(x > -10 for x in nums), any(x > 100 for x in nums))
print(min(x for x in nums), max(abs(x) for x in nums), min((x for x in nums), key=abs))
print(sorted(x for x in nums if x > 0), sorted((x for x in nums), reverse=True))
print(list(x // 2 for x in nums), tuple(str(x) for x in nums[:3]), set(x % 3 for x in nums))
print(dict((x, x * x) for x in range(4)), "-".join(str(x) for x in nums))
print(max((len(w), w) for w in ["pear", "fig", "banana", "kiwi"]))
print(len(list(c for c in "mississippi" if c == "s")), sum(1 for _ in range(1000)))
print(", ".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
print(min((x for x in []), default="empty"), max((x for x in [7]), default=0))
