def look(d):
    match d:
        case {1j: v, -1 - 2j: w}:
            return ("both", v, w)
        case {0j: z}:
            return ("zero", z)
        case {2.5 + 0j: f}:
            return ("real", f)
        case {-3j: n}:
            return ("neg", n)
    return None

for d in [{1j: "a", complex(-1, -2): "b"}, {0: "int zero"}, {0.0: "float zero"}, {2.5: "x"},
          {complex(0, -3): "n"}, {1j: "only"}, {False: "f"}]:
    print(look(d))
