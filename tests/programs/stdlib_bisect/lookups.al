# bisect for table lookups: letter grades by score breakpoints, tax
# brackets, finding a timestamp's interval, keeping a sorted list of records
# with insort(key=...), and counting values in a range.
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 59, 60, 69, 77, 80, 90, 100]])
brackets = [(10000, 0.0), (40000, 0.1), (90000, 0.2), (float("inf"), 0.35)]
limits = [b for b, _ in brackets]


def tax(income):
    total, lower = 0.0, 0
    for limit, rate in brackets[:bisect.bisect_left(limits, income) + 1]:
        total += (min(income, limit) - lower) * rate
        lower = limit
    return round(total, 2)


print([tax(x) for x in [5000, 10000, 25000, 90000, 150000]])
changes = [0, 100, 250, 400]
names = ["boot", "idle", "busy", "idle"]
print([names[bisect.bisect_right(changes, t) - 1] for t in [0, 99, 100, 300, 1000]])

records = []
for name, age in [("cy", 41), ("ann", 30), ("bob", 25), ("dee", 30), ("eve", 19)]:
    bisect.insort(records, (name, age), key=lambda r: r[1])
print(records)
ages = [r[1] for r in records]
print(bisect.bisect_left(records, 30, key=lambda r: r[1]), bisect.bisect_right(records, 30, key=lambda r: r[1]))
data = sorted([5, 1, 9, 3, 3, 7, 3, 10, 2])


def count_between(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)


print(data, count_between(data, 3, 7), count_between(data, 11, 20), count_between(data, 3, 3))
idx = bisect.bisect_left(data, 7)
print(idx < len(data) and data[idx] == 7, bisect.bisect_left(data, 3, lo=5), bisect.bisect(data, 3, 0, 2))
for call in [lambda: bisect.bisect([], 1, -1), lambda: bisect.insort(None, 1), lambda: bisect.bisect([1, "a"], 2)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
