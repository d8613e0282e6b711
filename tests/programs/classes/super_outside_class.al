# super() with no arguments in a plain function has no __class__ cell.
class Base:
    def greet(self):
        return "hi"


def helper(self):
    return super().greet()


b = Base()
try:
    helper(b)
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(Base, b).__str__ is not None)
helper(b)
