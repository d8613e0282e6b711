def solve(a, b, c):
    d = b * b - 4 * a * c
    s = d ** 0.5
    return (-b + s) / (2 * a), (-b - s) / (2 * a)
for coeffs in [(1, 0, 1), (1, 2, 5), (1, -3, 2), (2, 1, 1), (1, 1j, 1), (1 + 1j, 2, 3 - 1j)]:
    r1, r2 = solve(*coeffs)
    print(coeffs, r1, r2)
