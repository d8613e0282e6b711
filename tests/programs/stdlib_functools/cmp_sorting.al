# Sorting with old-style comparison functions through cmp_to_key: natural
# ordering of file names, a multi-rule tournament ranking, the key objects'
# comparisons, and a comparator that raises part-way through a sort (the
# list is left as far as the sort got, as in CPython).
import functools


def natural_cmp(a, b):
    def parts(s):
        return [int(p) if p.isdigit() else p.lower() for p in re_split(s)]
    pa, pb = parts(a), parts(b)
    for x, y in zip(pa, pb):
        if type(x) is not type(y):
            x, y = str(x), str(y)
        if x != y:
            return -1 if x < y else 1
    return (len(pa) > len(pb)) - (len(pa) < len(pb))


def re_split(s):
    out, cur, digit = [], "", None
    for ch in s:
        d = ch.isdigit()
        if cur and d != digit:
            out.append(cur)
            cur = ""
        cur += ch
        digit = d
    if cur:
        out.append(cur)
    return out


files = ["file10.txt", "file2.txt", "File1.txt", "file1b.txt", "file01.txt", "img12", "img2", "img"]
print(sorted(files))
print(sorted(files, key=functools.cmp_to_key(natural_cmp)))

teams = {"ants": (3, 5, 2), "bees": (3, 7, 4), "cats": (2, 9, 1), "dogs": (3, 5, 1)}


def rank(a, b):
    (wa, ga, la), (wb, gb, lb) = teams[a], teams[b]
    if wa != wb:
        return wb - wa
    if ga - la != gb - lb:
        return (gb - lb) - (ga - la)
    return (a > b) - (a < b)


print(sorted(teams, key=functools.cmp_to_key(rank)))
K = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(K("ab") < K("abc"), K("ab") == K("xy"), K("abc") >= K("x"), K("a") != K("b"))
calls = []


def fragile(a, b):
    calls.append((a, b))
    if 3 in (a, b):
        raise ValueError(f"cannot compare {a} and {b}")
    return a - b


data = [5, 1, 4, 3, 2]
try:
    data.sort(key=functools.cmp_to_key(fragile))
except ValueError as e:
    print("ValueError:", e, "| list now:", data, len(calls) > 0)
try:
    sorted([1, 2], key=functools.cmp_to_key(lambda a, b: "x"))
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), max(["bb", "a", "ccc"], key=K))
