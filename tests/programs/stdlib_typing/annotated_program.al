# A typed program: functions and classes annotated with typing's generics
# (List, Dict, Optional, Union, Callable, Tuple, TypeVar), whose
# __annotations__ the program prints and uses to validate records at run
# time with get_origin/get_args.
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union, get_args, get_origin

T = TypeVar("T")
Number = Union[int, float]


def apply_all(fs: List[Callable[[T], T]], x: T) -> T:
    for f in fs:
        x = f(x)
    return x


def find(items: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return items.get(key, default)


def stats(xs: List[Number]) -> Tuple[Number, Number]:
    return min(xs), max(xs)


class Record:
    name: str
    score: Optional[float]
    tags: List[str]
    extra: Dict[str, Any]

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def check(value, tp) -> bool:
    if tp is Any:
        return True
    origin = get_origin(tp)
    if origin is Union:
        return any(check(value, a) for a in get_args(tp))
    if origin is list:
        return isinstance(value, list) and all(check(v, get_args(tp)[0]) for v in value)
    if origin is dict:
        kt, vt = get_args(tp)
        return isinstance(value, dict) and all(check(k, kt) and check(v, vt) for k, v in value.items())
    if tp is type(None):
        return value is None
    return isinstance(value, tp)


def validate(rec):
    return [name for name, tp in Record.__annotations__.items() if not check(getattr(rec, name, None), tp)]


print(apply_all([lambda n: n + 1, lambda n: n * 10], 4), find({"a": 1}, "b", -1), stats([3, 1.5, 9]))
for fn in (apply_all, find, stats, check):
    print(fn.__name__, fn.__annotations__)
print(Record.__annotations__)
good = Record(name="ann", score=None, tags=["x"], extra={"k": [1]})
bad = Record(name=5, score="high", tags=["x", 2], extra={1: 2})
print(validate(good), validate(bad))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]), get_args(Callable[[int], str]), Callable[[int], str].__args__)
print(Number, Optional[Number], List[Number], T, Dict[str, T][int])
