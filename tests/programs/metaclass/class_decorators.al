# Class decorators and metaclasses together: decorators run after the
# metaclass made the class.
order = []


class Meta(type):
    def __new__(mcls, name, bases, ns):
        order.append("meta " + name)
        return super().__new__(mcls, name, bases, ns)


def deco(cls):
    order.append("deco " + cls.__name__)
    cls.decorated = True
    return cls


@deco
class A(metaclass=Meta):
    pass


print(order, A.decorated, type(A).__name__)


def replace(cls):
    return 42


@replace
class B(metaclass=Meta):
    pass


print(B, order[-1])
import dataclasses


@dataclasses.dataclass
class P(metaclass=Meta):
    x: int
    y: int = 2


print(P(1), type(P).__name__, P(1) == P(1, 2))
