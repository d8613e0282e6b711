# User generic classes with typing: a Generic[T] stack and a Generic[K, V]
# pair, subscripted (Stack[int]) and plain, their __orig_bases__ and
# __parameters__, TypeVar bounds and constraints as metadata, Protocol and
# cast; nothing is checked at run time.
from typing import Generic, Iterator, List, Optional, Protocol, TypeVar, cast

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Sized")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


class Named(Protocol):
    name: str


s = Stack[int]()
for i in range(4):
    s.push(i * i)
print(s.pop(), s.peek(), list(s), type(s).__name__, type(s) is Stack)
t: Stack[str] = Stack()
t.push("not checked")
t.push(3.5)
print(list(t))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
print(Stack.__parameters__, Pair.__parameters__, Stack[int], Pair[str, int], Pair[str, List[V]][float])
print(Stack.__orig_bases__, Pair("a", 1), Stack.push.__annotations__, Pair.__init__.__annotations__)
print(N.__constraints__, B.__bound__, T.__bound__, N.__covariant__, repr(N), repr(B))
print(cast(List[int], "anything"), cast("Stack[int]", 7), Named.__name__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
