# __class_getitem__ makes C[x] work; other classes are not subscriptable.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
class Plain: pass
print(Box[int], Box[str])
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
print(type(Box.__dict__["__class_getitem__"]).__name__)
