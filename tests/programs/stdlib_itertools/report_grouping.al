# A report built with groupby over sorted records (groups must be consumed
# before the next), subtotals with accumulate, a cross table from product,
# pairing consecutive records with pairwise, and chunking with islice.
from itertools import accumulate, groupby, islice, pairwise, product, chain
from operator import itemgetter

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "west", 40), ("2024-03", "north", 150),
    ("2024-03", "west", 60),
]
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=itemgetter(1))
print({k: [r[2] for r in g] for k, g in groupby(by_region, itemgetter(1))})
groups = groupby(by_region, itemgetter(1))
first_key, first_group = next(groups)
second_key, _ = next(groups)
print(first_key, list(first_group), second_key)
monthly = [sum(r[2] for r in g) for _, g in groupby(sales, itemgetter(0))]
print(monthly, list(accumulate(monthly)), [b - a for a, b in pairwise(monthly)])
regions = sorted({r[1] for r in sales})
months = sorted({r[0] for r in sales})
totals = {(m, r): v for m, r, v in sales}
print("       " + "".join(f"{r:>7}" for r in regions))
for m in months:
    print(m + "".join(f"{totals.get((m, r), 0):>7}" for r in regions))
print(sum(1 for m, r in product(months, regions) if (m, r) not in totals))


def chunks(it, n):
    it = iter(it)
    while chunk := list(islice(it, n)):
        yield chunk


print(list(chunks(range(10), 4)), list(chunks([], 3)))
print(list(chain(*chunks("abcdefg", 3))))
