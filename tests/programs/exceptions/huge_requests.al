# Requests far beyond memory or index range raise what CPython raises,
# at once, and the program goes on.
cases = [
    lambda: [0] * 10**12,
    lambda: "x" * 10**12,
    lambda: (1,) * 10**12,
    lambda: "ab" * 2**63,
    lambda: [1] * -(2**70),
    lambda: 1 << 10**12,
    lambda: "a".center(10**12),
    lambda: list(range(10**12)),
    lambda: list(range(10**20)),
    lambda: tuple(range(10**12)),
    lambda: sorted(range(10**12)),
    lambda: [].extend(range(10**12)),
    lambda: len(range(10**20)),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__, e)
print("still running", sum(range(10)))
