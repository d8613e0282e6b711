# Subscripting classes: a metaclass __getitem__ wins over
# __class_getitem__, which applies when the metaclass has none.
class Meta(type):
    def __getitem__(cls, key):
        return "Meta[" + repr(key) + "]"


class A(metaclass=Meta):
    def __class_getitem__(cls, key):
        return "class_getitem"


class Plain(type):
    pass


class B(metaclass=Plain):
    def __class_getitem__(cls, key):
        return ("B", key)


class C(list, metaclass=Plain):
    pass


print(A[1], A["x", 2], B[int], B[int, str])
print(C[int], list[int])
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)


class D(metaclass=Plain):
    pass


try:
    D[0]
except TypeError as e:
    print(type(e).__name__, e)
