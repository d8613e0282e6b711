# An exception inside a method: the caller's frame marks the whole method
# call, and the method frame marks the failing operation.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


s = Stack()
s.push(1)
print(s.pop())
top = s.pop() if True else None
