# A journal file kept across "sessions": each session appends entries with
# mode 'a', a reader counts them, and tail() finds the last lines by seeking
# to byte offsets remembered with tell().
import os

PATH = "journal.log"


def session(n, entries):
    with open(PATH, "a") as f:
        start = f.tell()
        for e in entries:
            f.write(f"[{n}] {e}\n")
        return start, f.tell()


offsets = []
offsets.append(session(1, ["boot", "load config"]))
offsets.append(session(2, ["connect", "retry", "connected"]))
offsets.append(session(3, ["shutdown"]))
print(offsets)
print(os.path.getsize(PATH), offsets[-1][1])

with open(PATH) as f:
    lines = f.readlines()
print(len(lines), lines[0], end="")
by_session = {}
for line in lines:
    tag = line[1:line.index("]")]
    by_session[tag] = by_session.get(tag, 0) + 1
print(by_session)

with open(PATH) as f:
    f.seek(offsets[1][0])
    print(repr(f.readline()), f.tell())
    f.seek(offsets[2][0])
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read(4)), f.tell())
    print(f.seek(0, 2), repr(f.read()))

with open(PATH, "a+") as f:
    print("a+ starts at", f.tell())
    f.seek(0)
    first = f.readline()
    f.write("[4] appended after a seek\n")
    print(repr(first), f.tell())
with open(PATH) as f:
    print(f.read().splitlines()[-2:])
with open(PATH, "w") as f:
    pass
print(os.path.getsize(PATH), repr(open(PATH).read()))
