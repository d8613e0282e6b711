# A persistent linked list with Cons/Nil classes, processed recursively
# with class patterns.
class Nil:
    __match_args__ = ()

    def __repr__(self):
        return "Nil()"


class Cons:
    __match_args__ = ("head", "tail")

    def __init__(self, head, tail):
        self.head = head
        self.tail = tail

    def __repr__(self):
        return f"Cons({self.head!r}, {self.tail!r})"


NIL = Nil()


def from_list(xs):
    out = NIL
    for x in reversed(xs):
        out = Cons(x, out)
    return out


def to_list(l):
    out = []
    while True:
        match l:
            case Cons(h, t):
                out.append(h)
                l = t
            case Nil():
                return out


def length(l):
    match l:
        case Nil():
            return 0
        case Cons(_, t):
            return 1 + length(t)


def reverse(l, acc=NIL):
    match l:
        case Nil():
            return acc
        case Cons(h, t):
            return reverse(t, Cons(h, acc))


def take_pairs(l):
    match l:
        case Cons(a, Cons(b, rest)):
            return [(a, b)] + take_pairs(rest)
        case Cons(a, Nil()):
            return [(a, None)]
        case Nil():
            return []


def dedupe(l):
    match l:
        case Cons(a, Cons(b, _) as tail) if a == b:
            return dedupe(tail)
        case Cons(a, tail):
            return Cons(a, dedupe(tail))
        case _:
            return l


xs = from_list([1, 1, 2, 3, 3, 3, 4])
print(xs)
print(length(xs), to_list(reverse(xs)))
print(take_pairs(xs))
print(to_list(dedupe(xs)))
print(length(from_list(list(range(500)))))
try:
    match NIL:
        case Nil(x):
            pass
except TypeError as e:
    print("TypeError:", e)
