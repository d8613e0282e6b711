# Set comprehensions, sets from generators, dedup while keeping first-seen order.
print({x % 7 for x in range(50)})
print({w[0] for w in ["apple", "avocado", "banana", "blueberry", "cherry"]})
print({(x, y) for x in range(3) for y in range(3) if x < y})
print({c.lower() for c in "AaBbCcAB"})
seen = set()
order = []
for n in [5, 3, 5, 1, 3, 9, 1, 5]:
    if n not in seen:
        seen.add(n)
        order.append(n)
print(order, seen)
evens = {n for n in range(20) if n % 2 == 0}
squares = {n * n for n in range(10)}
print(evens & squares, sorted(evens | squares), squares - evens)
print(set(x * x for x in range(-3, 4)), len({abs(x) for x in range(-100, 101)}))
