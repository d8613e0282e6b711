# Small search puzzles with itertools: N-queens from permutations, a
# subset-sum from combinations, a cryptarithm-like digit puzzle with
# product, and counting lattice paths with combinations; the search stops
# early with next() on a generator.
from itertools import combinations, count, islice, permutations, product


def queens(n):
    for perm in permutations(range(n)):
        if len({perm[i] + i for i in range(n)}) == n and len({perm[i] - i for i in range(n)}) == n:
            yield perm


sols = list(queens(6))
print(len(sols), sols)
print(next(queens(5)), sum(1 for _ in queens(5)))
for row in next(queens(6)):
    print(" ".join("Q" if c == row else "." for c in range(6)))

nums = [3, 34, 4, 12, 5, 2]
print([c for r in range(1, 4) for c in combinations(nums, r) if sum(c) == 9])
print(next((c for r in count(1) for c in combinations(nums, r) if sum(c) == 46), None))

solutions = [(a, b, c) for a, b, c in product(range(1, 10), repeat=3) if a * 100 + b * 10 + c == (a + b + c) ** 3 // 10 and a != b]
print(solutions)
print(len(list(combinations(range(8), 4))), list(islice(permutations("abc"), 2, 4)))
grid = 4
paths = ["".join("R" if i in c else "D" for i in range(2 * grid)) for c in combinations(range(2 * grid), grid)]
print(len(paths), paths[:3], paths[-1])
