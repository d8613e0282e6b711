from decimal import Decimal, getcontext, ROUND_HALF_UP

# Money arithmetic in a loop: construction, +, *, quantize, str.
total = Decimal('0')
rate = Decimal('1.0725')
cent = Decimal('0.01')
for i in range(5000):
    price = Decimal(i % 997) / 7
    total += (price * rate).quantize(cent, rounding=ROUND_HALF_UP)
print(total, len(str(total)))
getcontext().prec = 50
x = Decimal(1)
for i in range(1, 200):
    x = x * Decimal(i) / Decimal(i + 1) + Decimal(1) / Decimal(i * i)
print(x)
