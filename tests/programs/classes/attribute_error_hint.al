# An uncaught AttributeError for a near-miss name gets CPython's hint.
class Widget:
    def __init__(self):
        self.size = 3

    def resize(self, n):
        self.size = n


w = Widget()
w.resize(4)
print(w.size)
print(w.sise)
