# typing: aliases, unions, TypeVar substitution, Generic and Protocol bases,
# reprs, equality and messages as CPython 3.11 prints them.
from typing import *
import typing as t
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', covariant=True)
class Foo: pass
print(repr(t.List), repr(List[int]), repr(Dict[str, Foo]), repr(Optional[int]), repr(Union[int, str]), repr(Union[int, None, str]), repr(Union[int]))
print(repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(Tuple[int, ...]), repr(Tuple[()]), repr(Any), repr(T), repr(K), repr(C))
print(repr(Literal['a', 1]), repr(ClassVar[int]), repr(Final[int]), repr(Type[Foo]), repr(Iterable[T]), repr(Optional['Foo']))
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, get_origin(List[int]), get_args(Dict[str, int]))
print(t.Sequence, t.Mapping[str, int], t.Iterator, t.Generator[int, None, None], t.Set, t.FrozenSet[int], t.DefaultDict[str, int], t.Counter[str], t.Deque[int], t.NoReturn, t.Never)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
print(Stack.__orig_bases__, Stack.__mro__, Stack[int])
s = Stack[int]()
s.push(3)
print(s.items, cast(int, '3'), TYPE_CHECKING)
try: List()
except TypeError as e: print(e)
print(Union[int, str] | None, List[int] | None, int | List[int])
print(Tuple[int, str], Type[int], Literal[1, 2] == Literal[2, 1], Literal[1, 1])
print(T.__name__, List[T][int], Dict[str, T][int], Callable[[T], T][int])
try: List[int, str]
except TypeError as e: print(e)
try: Optional[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
def f(x: Optional[int] = None, *args: Any, **kw: Dict[str, Any]) -> List[int]:
    return [x]
print(f.__annotations__)
class P(Protocol):
    def meth(self) -> int: ...
print(P.__mro__)
