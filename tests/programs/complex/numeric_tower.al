vals = [0, 1, -1, 2.5, -0.0, 1j, -2 + 3j, True]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(a + b) + "/" + repr(a * b))
        except Exception as e:
            row.append(type(e).__name__)
    print(" ".join(row))
for a in vals:
    print([a == b for b in vals])
