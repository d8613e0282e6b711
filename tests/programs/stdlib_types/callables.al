import types


def plain(a, b=2):
    return a + b


class K:
    def meth(self):
        return "meth"

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "sm"


k = K()
checks = {
    "plain": plain,
    "lambda": lambda: 0,
    "bound": k.meth,
    "classmethod": K.cm,
    "staticmethod": K.sm,
    "unbound": K.meth,
    "len": len,
    "print": print,
}
for name, obj in checks.items():
    print(name, isinstance(obj, types.FunctionType), isinstance(obj, types.MethodType),
          isinstance(obj, types.BuiltinFunctionType))
m = types.MethodType(plain, 10)
print(m(), m(5))
print(types.FunctionType.__name__, types.LambdaType.__name__)
print(types.BuiltinFunctionType.__name__)


def gen():
    yield 1


print([type(x).__name__ for x in (gen(), (i for i in []))])
print(isinstance((i for i in []), types.GeneratorType))
print(types.NoneType.__name__, types.EllipsisType.__name__, types.NotImplementedType.__name__)
print(types.UnionType.__name__, types.GenericAlias.__name__, types.TracebackType.__name__)
print(types.ModuleType.__name__, types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
