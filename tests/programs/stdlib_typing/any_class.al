from typing import Any, Optional, Union, List


print(repr(Any), Any | int, int | Any, Optional[Any], Union[int, Any], List[Any])
print(type(Any).__name__, Any.__module__, Any.__name__, Any.__qualname__)
for f in (lambda: Any[int], lambda: isinstance(1, Any), lambda: Any()):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)


class Mock(Any):
    def m(self):
        return "m"


print(Mock().m(), Mock.__mro__, repr(Mock), isinstance(Mock(), Mock), issubclass(Mock, Any))
try:
    isinstance(Mock(), Any)
except TypeError as e:
    print(type(e).__name__, e)


def f(x: Any) -> Any:
    return x


print(f.__annotations__)
