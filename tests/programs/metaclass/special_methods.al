# Special methods of a metaclass act on its classes.
class Seq(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return cls.items[i]

    def __contains__(cls, x):
        return x in cls.items

    def __bool__(cls):
        return bool(cls.items)

    def __or__(cls, other):
        return type(cls.__name__ + "Or" + other.__name__, (), {"items": cls.items + other.items})

    def __add__(cls, other):
        return cls.items + list(other)

    def __eq__(cls, other):
        return isinstance(other, Seq) and cls.items == other.items

    def __hash__(cls):
        return hash(tuple(cls.items))

    def __lt__(cls, other):
        return len(cls) < len(other)

    def __neg__(cls):
        return list(reversed(cls.items))

    def __str__(cls):
        return "Seq" + str(cls.items)

    def __format__(cls, spec):
        return "fmt(" + spec + ")"

    def __reversed__(cls):
        return iter(["reversed"])


class A(metaclass=Seq):
    items = [1, 2, 3]


class B(metaclass=Seq):
    items = []


class A2(metaclass=Seq):
    items = [1, 2, 3]


print(len(A), list(A), A[0], A[-1], 2 in A, 5 in A)
print(bool(A), bool(B), "yes" if B else "no")
AB = A | B
print(type(AB).__name__, AB.__name__, AB.items)
print(A + (4, 5), -A, A == A2, A != B, A == 1, B < A, hash(A) == hash(A2))
print(str(A), f"{A:x}", list(reversed(A)))
print(sorted([A, B], key=len)[0].__name__)
for x in A:
    print("item", x)
print({A: "a"}[A2] if A == A2 else None)
print(max(A), sum(A), *A)


class Plain(type):
    pass


class P(metaclass=Plain):
    pass


for op in (len, iter):
    try:
        op(P)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P[0]
except TypeError as e:
    print(type(e).__name__, e)
print(P | None, repr(P)[:8], bool(P))


class G(metaclass=Plain):
    def __class_getitem__(cls, item):
        return ("class_getitem", item)


print(G[int])
