# `as` patterns bind the value a sub-pattern matched, at any depth.
def inspect(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [int() as a, int() as b] as pair:
            return f"int pair {pair} sums to {a + b}"
        case [(x, y) as first, *_] as whole:
            return f"first {first} of {len(whole)}"
        case {"id": int() as ident} as record:
            return f"record {ident} with {len(record)} keys"
        case str() as s if s.isupper():
            return f"shout {s}"
        case (str() | tuple()) as text:
            return f"text {text!r}"
        case _ as anything:
            return f"anything {anything!r}"


for v in [2, [3, 4], [(1, 2), 3, 4], {"id": 7, "n": 1}, "HEY", "hey", 9.5, [1, "x"]]:
    print(inspect(v))

match (1, (2, (3, 4))):
    case (a, (b, (c, d) as inner) as middle) as outer:
        print(a, b, c, d, inner, middle, outer)
