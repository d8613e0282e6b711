def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-10, 11, 2):
    row = ""
    for x in range(-20, 11):
        n = mandel(complex(x / 10, y / 10))
        row += "#" if n == 50 else ".:-=+*%@"[n % 8]
    rows.append(row)
print("\n".join(rows))
