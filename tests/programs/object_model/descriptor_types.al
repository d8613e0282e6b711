# The types of built-in descriptors, as the types module names them.
import types


def f():
    pass


print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
print(types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType)
print(isinstance(str.join, types.MethodDescriptorType), isinstance(int.__add__, types.WrapperDescriptorType))
print(isinstance((1).__add__, types.MethodWrapperType), isinstance(int.real, types.GetSetDescriptorType))
print(isinstance(range.start, types.MemberDescriptorType), isinstance(types.FunctionType.__dict__["__name__"], types.GetSetDescriptorType))


class S:
    __slots__ = ("x",)


print(isinstance(S.x, types.MemberDescriptorType), isinstance(S.x, types.GetSetDescriptorType))
print(isinstance(dict.__dict__["fromkeys"], types.ClassMethodDescriptorType))
for t in [types.MethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType, types.FunctionType]:
    names = [n for n in ("__get__", "__set__", "__delete__", "__call__", "__objclass__", "__name__", "__qualname__") if n in t.__dict__]
    print(t.__name__, names)
print(sorted(k for k in types.FunctionType.__dict__ if k in ("__name__", "__qualname__", "__defaults__", "__kwdefaults__", "__dict__", "__annotations__", "__module__", "__get__", "__call__")))
print(types.FunctionType.__dict__["__module__"], types.FunctionType.__dict__["__defaults__"])
try:
    types.MethodDescriptorType()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(types.GetSetDescriptorType):
        pass
except TypeError as e:
    print("TypeError:", e)
