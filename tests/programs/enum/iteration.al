from enum import Enum, Flag


class Step(Enum):
    FIRST = 3
    SECOND = 1
    THIRD = 2
    ALIAS = 1


print(list(Step), [s.value for s in Step], len(Step))
print(list(reversed(Step)), list(enumerate(Step, 1)))
it = iter(Step)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("done")
print(Step.FIRST in Step, Step.ALIAS in Step, [s for s in Step if s.value > 1])
print(sorted(Step, key=lambda s: s.value), min(Step, key=lambda s: s.value))
print(any(s is Step.THIRD for s in Step), list(Step.__members__.keys()))
print(dict((s.name, s.value) for s in Step))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty), repr(Empty))
try:
    Empty(1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
