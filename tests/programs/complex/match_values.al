def kind(x):
    match x:
        case complex(real=0, imag=i):
            return f"imag {i}"
        case complex():
            return "complex"
        case float():
            return "float"
        case _:
            return "other"
for v in [1j, 1 + 1j, 1.5, 2, "s"]:
    print(kind(v))
def lit(x):
    match x:
        case 1j:
            return "one j"
        case 1 + 2j:
            return "1+2j"
        case -3 - 4j:
            return "-3-4j"
        case 0:
            return "zero"
    return "none"
for v in [1j, 1 + 2j, complex(-3, -4), 0j, 0, 5]:
    print(lit(v))
