z = 1 + 0j
w = complex(0.6, 0.8)
for i in range(12):
    z *= w
    print(i, f"{z:.4f}", round(abs(z), 10))
acc = 0j
for k in range(1, 20):
    acc += 1j ** k / k
print(f"{acc:.10f}")
