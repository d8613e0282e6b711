from typing import TypeVar, List
T = TypeVar("T")
K = TypeVar("K")
print(list[T], list[T].__parameters__, list[T][int], dict[K, list[T]][str, int], dict[K, list[T]].__parameters__)
for f in [lambda: list[int][str], lambda: list[T][int, str], lambda: dict[K, T][int]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(list[List[T]][int], list[int].__parameters__)
