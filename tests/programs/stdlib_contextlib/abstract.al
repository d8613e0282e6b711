import contextlib
from contextlib import AbstractContextManager, AbstractAsyncContextManager


class Good:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


class Half:
    def __enter__(self):
        return self


class Async:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return None


print(issubclass(Good, AbstractContextManager), isinstance(Good(), AbstractContextManager))
print(issubclass(Half, AbstractContextManager))
print(issubclass(Async, AbstractAsyncContextManager), issubclass(Async, AbstractContextManager))
print(isinstance(contextlib.suppress(), AbstractContextManager))
print(isinstance(contextlib.nullcontext(), AbstractAsyncContextManager))
print(isinstance(contextlib.ExitStack(), AbstractContextManager))
print(isinstance(contextlib.AsyncExitStack(), AbstractAsyncContextManager))
print(isinstance(open, AbstractContextManager))


class Sub(AbstractContextManager):
    pass


try:
    Sub()
except TypeError as e:
    print(e)


class Impl(AbstractContextManager):
    def __exit__(self, *a):
        print("exit")


with Impl() as i:
    print(type(i).__name__)
print(AbstractContextManager[int])
print(AbstractAsyncContextManager[str])
print(AbstractContextManager.__abstractmethods__)
print(AbstractAsyncContextManager.__abstractmethods__)
print(AbstractContextManager.__bases__)
print(contextlib.ExitStack.__mro__)
print(contextlib.nullcontext.__mro__)
print(contextlib.redirect_stdout.__mro__)
print([n for n in dir(contextlib) if not n.startswith("_")])
print(contextlib.__all__)
print(contextlib.deque, contextlib.wraps.__name__)
print(contextlib.GenericAlias, contextlib.MethodType)
