# The methods @dataclass generates belong to the class's module (their
# __module__), as CPython's, which compiles them in that module's globals.
import dataclasses
@dataclasses.dataclass(frozen=True, order=True)
class P:
    x: int
for n in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__"):
    f = P.__dict__[n]
    print(n, f.__module__, f.__qualname__, f.__name__, f.__doc__)
