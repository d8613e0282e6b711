# list subclasses: a Stack with extra methods and checks, and a TypedList
# that validates items on every way in.
class StackEmpty(IndexError):
    pass


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise StackEmpty("peek from empty stack")
        return self[-1]

    def pop(self, *args):
        if not self:
            raise StackEmpty("pop from empty stack")
        return super().pop(*args)

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s.pop(0), s, bool(s), s[0], s[-1])
print(s + [9], type(s + [9]).__name__, s * 2, 2 in s, list(reversed(s)), s[::-1])
s.extend([7, 8])
s += [5]
print(s, type(s).__name__, sorted(s), max(s), s.index(7), s.count(2))
s.sort(reverse=True)
print(s, s == [8, 7, 5, 3, 2], isinstance(s, list), s[1:3])
while s:
    s.pop()
try:
    s.peek()
except IndexError as e:
    print(type(e).__name__, e)


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__([self._check(x) for x in items])

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def insert(self, i, x):
        super().insert(i, self._check(x))

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            x = [self._check(v) for v in x]
        else:
            x = self._check(x)
        super().__setitem__(i, x)


t = TypedList(int, [3, 1, 2])
t.append(5)
t.insert(0, 9)
t[1] = 4
t[2:4] = [7, 7, 7]
print(t, len(t), t.kind.__name__, sum(t))
for bad in [lambda: t.append("x"), lambda: t.insert(0, 1.5), lambda: t.__setitem__(0, None),
            lambda: t.__setitem__(slice(0, 1), ["a"]), lambda: TypedList(str, ["a", 1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(t)
