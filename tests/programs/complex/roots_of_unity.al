import math
n = 8
roots = [complex(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]
for r in roots:
    print(f"{r:.6f}", f"{r ** n:.6f}", round(abs(r), 12))
total = sum(roots)
print(abs(total) < 1e-12)
prod = 1 + 0j
for r in roots:
    prod *= r
print(f"{prod:.6f}")
