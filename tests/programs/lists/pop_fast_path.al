s = [1, 2, 3]
print(s.pop(), s.pop(), s)
print(s.pop(), s)
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1}
try:
    d.pop()
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.pop())
class Stack(list):
    def pop(self):
        return "overridden " + str(super().pop())
st = Stack([4, 5])
print(st.pop(), st)
class Q:
    def pop(self):
        return "q"
print(Q().pop())
try:
    (1, 2).pop()
except AttributeError as e:
    print("AttributeError:", e)
