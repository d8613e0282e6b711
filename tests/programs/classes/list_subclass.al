# Subclassing list: inherited methods work on the instance's list value.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, s.is_empty())
print(isinstance(s, list), isinstance(s, Stack), type(s).__name__)
print(list(s), [x * 2 for x in s], sum(s), 3 in s, s[0], s[1:], sorted(s, reverse=True))
s[0] = 10
del s[1]
print(s, s == [10, 3], s != [10, 3])
s += [7]
print(s, type(s).__name__)
print(s + [1], type(s + [1]).__name__)
print(Stack([3, 1, 2]), Stack("ab"), Stack())


class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __repr__(self):
        return "Logged" + super().__repr__()


lg = Logged([1])
lg.append(2)
print(lg, len(lg), str(lg))
e = Stack()
print(bool(e), bool(Stack([0])))
s2 = Stack([5, 3, 9])
s2.sort()
print(s2, s2.index(9), s2.count(3), s2.copy(), type(s2.copy()).__name__)
s2.tag = "tagged"
print(s2.tag, s2)
for i, v in enumerate(Stack("xy")):
    print(i, v)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
