"""Abstract base classes (PEP 3119): `ABC`, `abstractmethod`,
`get_cache_token` and `update_abstractmethods`.

alc has no metaclasses yet, so there is no `ABCMeta`: the runtime gives
what `ABCMeta` would give to `ABC`, to every class deriving from it and to
the classes of `collections.abc` (`register`, `isinstance` and
`issubclass` through the registry and `__subclasshook__`, and the
`__abstractmethods__` that keep a class with abstract methods from being
instantiated). `abstractclassmethod`, `abstractstaticmethod` and
`abstractproperty` derive from `classmethod`, `staticmethod` and
`property`, which alc classes cannot subclass yet; they are missing (use
`@classmethod`, `@staticmethod` or `@property` over `@abstractmethod`).
"""

from _abc import _abc_init, get_cache_token


def abstractmethod(funcobj):
    """Marks a method as abstract: a class whose abstract methods are not
    all overridden cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABC:
    """The base of abstract base classes defined by inheritance."""

    __slots__ = ()


_abc_init(ABC)


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of an abstract class after methods
    were added to it or removed from it (by a class decorator); returns
    the class. Other classes are returned unchanged."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    # Inherited abstract methods the class has not overridden...
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    # ...and the ones its own namespace defines.
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls
