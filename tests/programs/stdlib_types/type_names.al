import types
import sys


def f():
    pass


class C:
    def m(self):
        pass


def gen():
    yield


async def coro():
    pass


async def agen():
    yield


print(types.FunctionType, types.LambdaType, types.MethodType)
print(types.BuiltinFunctionType, types.BuiltinMethodType)
print(types.ModuleType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.GenericAlias, types.UnionType, types.TracebackType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(types, types.ModuleType))
g = gen()
print(isinstance(g, types.GeneratorType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(None, types.NoneType), isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(..., types.EllipsisType))
print(isinstance(list[int], types.GenericAlias), isinstance(int | None, types.UnionType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
print(types.FunctionType is types.LambdaType)
print(types.FunctionType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
