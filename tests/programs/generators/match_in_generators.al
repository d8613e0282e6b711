# match statements inside generators and coroutines, with yields in cases.
def parse(events):
    for ev in events:
        match ev:
            case ("num", n) if n > 0:
                got = yield n
                if got:
                    print("sent", got)
            case ("num", n):
                yield -n
            case {"kind": "name", "value": v}:
                yield v.upper()
            case [first, *rest]:
                yield first
                yield from rest
            case _:
                yield "?"


print(list(parse([("num", 3), ("num", -2), {"kind": "name", "value": "x"}, [1, 2, 3], 5])))
p = parse([("num", 1), ("num", 2)])
print(next(p), p.send("hello"), list(p))


async def classify(x):
    match x:
        case int(n):
            return "int"
        case str():
            return "str"
    return "other"


for v in (1, "a", 2.0):
    try:
        classify(v).send(None)
    except StopIteration as e:
        print(v, e.value)
