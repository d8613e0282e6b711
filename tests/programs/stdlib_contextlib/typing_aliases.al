import typing
from typing import ContextManager, AsyncContextManager
print(ContextManager, AsyncContextManager)
print(ContextManager.__origin__, ContextManager[int], AsyncContextManager[str])
print(typing.get_origin(typing.ContextManager[int]), typing.get_args(AsyncContextManager[int]))
print(typing.get_origin(AsyncContextManager[int]))


class M(ContextManager[int]):
    def __exit__(self, *a):
        print("exit")


with M() as m:
    print(type(m).__name__)
print(M.__mro__)
print("AsyncContextManager" in typing.__all__)
