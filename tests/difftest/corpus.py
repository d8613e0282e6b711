#!/usr/bin/env python3
"""Write the fixed-seed corpus of generated programs to tests/programs/difftest/.

Programs `seed_NNNN.al` for the seeds 0..COUNT-1, except those in EXCLUDED
(seeds alc gets wrong today; README.md says why). Expected outputs then come
from CPython as for every test program:

    python3 tests/difftest/corpus.py
    python3 tests/gen_expected.py tests/programs/difftest

The test command runs the corpus with the other programs; it needs no Python.
When a bug listed here is fixed, remove its seeds from EXCLUDED, rerun both
commands and commit the new programs. Changing gen.py changes every program:
check the new corpus with `run.py --seeds` first.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "programs", "difftest")

sys.path.insert(0, HERE)
import gen  # noqa: E402

COUNT = 300

# Every EXEC_EVERY-th program also goes into the corpus run through `exec`
# of its own source (`exec_seed_NNNN.al`): the code compiled at run time
# must print what the compiled program prints.
EXEC_EVERY = 10

# Seed -> why alc's output differs from CPython's.
EXCLUDED: dict[int, str] = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    wanted = {f"seed_{seed:04}" for seed in range(COUNT) if seed not in EXCLUDED}
    wanted |= {
        f"exec_seed_{seed:04}"
        for seed in range(0, COUNT, EXEC_EVERY)
        if seed not in EXCLUDED
    }
    # Files of seeds no longer in the corpus go; the expected outputs of the
    # others stay until gen_expected.py rewrites them.
    for name in os.listdir(OUT):
        if name.startswith(("seed_", "exec_seed_")) and name.split(".")[0] not in wanted:
            os.remove(os.path.join(OUT, name))
    n = 0
    for seed in range(COUNT):
        if seed in EXCLUDED:
            continue
        source = gen.render(gen.generate(seed), seed)
        with open(os.path.join(OUT, f"seed_{seed:04}.al"), "w", encoding="utf-8") as f:
            f.write(source)
        n += 1
        if seed % EXEC_EVERY == 0:
            with open(os.path.join(OUT, f"exec_seed_{seed:04}.al"), "w", encoding="utf-8") as f:
                f.write(
                    f"# seed_{seed:04}.al run through exec of its own source.\n"
                    f"SOURCE = {source!r}\n"
                    "exec(SOURCE)\n"
                )
            n += 1
    print(f"{n} programs in {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
