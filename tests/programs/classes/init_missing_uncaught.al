# An uncaught TypeError from calling a class with too few arguments.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x + p.y)
q = Point(3)
print("not reached")
