# A formatted report: widths computed at run time, totals, alignment.
rows = [
    ("Widgets", 12, 3.5),
    ("Gadgets", 3, 129.99),
    ("Thingamajigs", 250, 0.15),
    ("Doohickeys", 0, 1999.0),
]
name_w = max(len(r[0]) for r in rows) + 2
header = f"{'Item':<{name_w}}{'Qty':>6}{'Price':>10}{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{name_w}}{qty:>6d}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<{name_w}}{sum(r[1] for r in rows):>6}{'':>10}{grand:>12,.2f}")
print(f"{'avg price':<{name_w}}{'':>6}{sum(r[2] for r in rows) / len(rows):>10.3f}")
for i, (name, qty, _) in enumerate(rows, 1):
    bar = "#" * (qty // 10)
    print("%2d. %-14s %5.1f%% %s" % (i, name, 100 * qty / 265, bar))
