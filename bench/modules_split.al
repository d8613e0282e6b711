# quick: 3000
# A program split into two modules: the hot loop calls functions of the
# other module (`lib.step(...)`, `score` from `from lib import`), reads its
# globals and uses its class. modules_single.al is the same code in one file;
# they should run equally fast.
import sys
import modules_split_lib as lib
from modules_split_lib import score, Tally


def run(n):
    state = 1
    t = Tally()
    best = 0
    for i in range(n):
        state = lib.step(state, lib.WEIGHTS[i % 8])
        s = score(state % 1000, i % 1000)
        t.add(s)
        if s > best:
            best = s
    return state, best, t.count, round(t.mean(), 6)


print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000))
print(lib.MODULUS, lib.step(7, 1))
