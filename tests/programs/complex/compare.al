print(1j == 1j, 1j != 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1j == 1)
print(2**53 + 1 == complex(2**53 + 1, 0), 2**53 + 1 == complex(2**53, 0))
print(1j == "1j", 1j != None, 1j in [0, 1j], (1+1j) in {1+1j})
ops = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b]
for op in ops:
    for a, b in [(1j, 1), (1, 1j), (1j, 2j), (1j, 1.5), ("s", 1j)]:
        try:
            print(op(a, b))
        except TypeError as e:
            print("TypeError:", e)
