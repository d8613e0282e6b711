# __init__ must return None.
class Good:
    def __init__(self):
        self.ok = True
        return None


class Bad:
    def __init__(self, n):
        self.n = n
        return n * 2


print(Good().ok)
try:
    Bad(3)
except TypeError as e:
    print("TypeError:", e)
b = Bad(0)
