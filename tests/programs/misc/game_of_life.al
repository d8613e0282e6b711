# Conway's Game of Life on a small torus, with a set of live cells.
W, H = 12, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 1), (8, 2), (8, 3)}
live = glider | blinker

def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def render(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))

for gen in range(5):
    print(f"generation {gen}, {len(live)} alive")
    print(render(live))
    live = step(live)
for _ in range(12):
    live = step(live)
print("after 17:", len(live), sorted(live))
