# A failing format inside an f-string marks the whole f-string; an error in
# the expression itself marks that expression.
price = 12.5
print(f"{price:.2f} {price!r:>8}")
try:
    print(f"total: {price / 0}")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
label = "price: " + f"{price:d} EUR"
