# `break` and `continue` out of a with body call __exit__ first, in for
# and while loops, with loops inside the body too.
class Scope:
    def __init__(self, tag, log):
        self.tag = tag
        self.log = log

    def __enter__(self):
        self.log.append("+" + self.tag)
        return self.tag

    def __exit__(self, t, e, tb):
        self.log.append("-" + self.tag + ("" if t is None else "!"))


log = []
for i in range(6):
    with Scope(str(i), log):
        if i % 2 == 0:
            continue
        if i == 5:
            break
        log.append("odd")
else:
    log.append("else not reached")
print(" ".join(log))

log = []
n = 0
while True:
    n += 1
    with Scope("w%d" % n, log), Scope("v%d" % n, log):
        if n < 3:
            continue
        break
print(" ".join(log))

log = []
with Scope("outer", log):
    for word in ["a", "b", "c", "d"]:
        if word == "b":
            continue
        if word == "d":
            break
        log.append(word)
    log.append("loop done")
print(" ".join(log))

log = []
for i in range(3):
    for j in range(3):
        with Scope("%d%d" % (i, j), log):
            if j == 1:
                break
print(" ".join(log))

log = []
k = 0
while k < 4:
    k += 1
    with Scope("k%d" % k, log):
        with Scope("in", log):
            if k == 2:
                continue
            log.append("work")
else:
    log.append("while-else")
print(" ".join(log))


def search(rows, target):
    log = []
    found = None
    for r, row in enumerate(rows):
        with Scope("row%d" % r, log):
            for c, v in enumerate(row):
                if v == target:
                    found = (r, c)
                    break
            if found:
                break
    return found, log


print(search([[1, 2], [3, 4], [5, 6]], 4))
print(search([[1, 2]], 9))
