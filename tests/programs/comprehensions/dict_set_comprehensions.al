# Dict and set comprehensions: filtering, inverting, grouping, duplicate key handling.
prices = {"apple": 0.5, "melon": 3.0, "kiwi": 0.25, "mango": 1.5}
print({k: v * 2 for k, v in prices.items() if v < 2})
print({v: k for k, v in prices.items()})
print({k[0]: k for k in prices})
print({len(k) for k in prices}, {k.upper() for k in prices if "a" in k})
squares = {n: n * n for n in range(-3, 4)}
print(squares, {v for v in squares.values()})
print({i % 3: i for i in range(10)})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({x: [y for y in range(x)] for x in range(4) if x})
