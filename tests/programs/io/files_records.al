# Fixed-width records updated in place: r+ mode, seek to a record's offset,
# overwrite it, and read around it; tell() after reads and writes; w+
# truncates, then reads back what it wrote.
WIDTH = 12


def record(name, qty):
    return f"{name:<8}{qty:>3}\n"


with open("stock.dat", "w") as f:
    for name, qty in [("apple", 5), ("pear", 12), ("plum", 0), ("fig", 7)]:
        f.write(record(name, qty))

with open("stock.dat", "r+") as f:
    f.seek(1 * WIDTH)
    print(repr(f.readline()), f.tell())
    f.seek(2 * WIDTH)
    f.write(record("plum", 99))
    print("after write:", f.tell())
    print(repr(f.readline()))
    f.seek(0)
    print(f.read().splitlines())
    f.seek(0, 2)
    f.write(record("kiwi", 3))
    print("size now", f.tell())


def update(name, delta):
    with open("stock.dat", "r+") as f:
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                raise KeyError(name)
            if line[:8].rstrip() == name:
                qty = int(line[8:11]) + delta
                if qty < 0:
                    raise ValueError(f"only {qty - delta} {name} left")
                f.seek(pos)
                f.write(record(name, qty))
                return qty


print(update("fig", 3), update("apple", -5))
for name, delta in [("grape", 1), ("pear", -20)]:
    try:
        update(name, delta)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(open("stock.dat").read(), end="")
with open("stock.dat", "w+") as f:
    print(repr(f.read()))
    f.write("fresh\nstart\n")
    f.seek(0)
    print(f.readlines(), f.tell())
