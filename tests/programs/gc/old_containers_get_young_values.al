# Minor collections trace old objects only where they may have changed:
# lists from the first item stored since they were last traced, dicts
# from the first entry changed, everything else but tuples in full.
# Containers made early (old after the first collections) get new values
# through every kind of change while garbage keeps collections coming;
# a value the collector missed would be freed and read back wrong.


class Box:
    def __init__(self, v):
        self.v = v


def churn(n):
    # Garbage: about 4 MB per call, enough for a collection or two.
    junk = 0
    for i in range(n):
        t = [str(i), (i, i + 1), {"k": i}]
        junk += len(t[0])
    return junk


# Live data beyond the nursery, so that collections between full ones
# are minor.
ballast = [str(i) * 3 for i in range(120000)]
old_list = [Box(i) for i in range(1000)]
old_dict = {i: Box(i) for i in range(1000)}
old_nested = [[Box(i)] for i in range(100)]
old_box = Box(None)
appended = []
churn(60000)

total = 0
for rnd in range(6):
    # Item stores, in place and by slice; insertion; sorting; appending.
    for i in range(0, 1000, 7):
        old_list[i] = Box(i * 10 + rnd)
    old_list[100:110] = [Box(-j) for j in range(10)]
    old_list.insert(3, Box("ins" + str(rnd)))
    old_list.pop(3)
    old_list.sort(key=lambda b: str(b.v))
    old_list.sort(key=lambda b: (isinstance(b.v, int), b.v if isinstance(b.v, int) else 0))
    appended.append(Box("a" + str(rnd)))
    appended.extend(Box(j) for j in range(5))
    # Dict updates of existing keys, new keys, deletions, setdefault.
    for k in range(0, 1000, 11):
        old_dict[k] = Box(k * 3 + rnd)
    old_dict["new" + str(rnd)] = Box(rnd)
    del old_dict[(rnd * 13) % 1000]
    old_dict.setdefault("sd" + str(rnd), Box("s"))
    old_dict.update({1: Box("u" + str(rnd))})
    # Nested lists, attributes of an old instance.
    for j in range(0, 100, 9):
        old_nested[j][0] = Box(str(j) * 3)
        old_nested[j].append(Box(j))
    old_box.v = [Box(rnd), (Box(rnd + 1),)]
    churn(60000)
    s = 0
    for b in old_list:
        s += b.v if isinstance(b.v, int) else len(b.v)
    for k, b in old_dict.items():
        s += b.v if isinstance(b.v, int) else len(b.v)
    for l in old_nested:
        for b in l:
            s += b.v if isinstance(b.v, int) else len(b.v)
    s += sum(b.v if isinstance(b.v, int) else len(b.v) for b in appended)
    s += old_box.v[0].v + old_box.v[1][0].v
    print(rnd, s)
    total += s
print(total, len(old_list), len(old_dict), len(appended), len(ballast))
