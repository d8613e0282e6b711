# Annotations are accepted everywhere and change nothing.
def area(w: float, h: float = 1.0) -> float:
    return w * h

def names(xs: list[str], *rest: int, sep: str = ",", **kw: dict) -> str:
    return sep.join(xs) + str(rest) + str(kw)

count: int = 0
items: list[int] = []
label: str
for i in range(3):
    count += i
    items.append(i)
print(area(2, 3.5), area(4), names(["a", "b"], 1, 2, sep=";", k=1), count, items)
x: dict[str, tuple[int, ...]] = {"k": (1, 2)}
print(x)
try:
    print(label)
except NameError as e:
    print("NameError:", e)
