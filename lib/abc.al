"""Abstract base classes (PEP 3119): `ABCMeta`, `ABC`, `abstractmethod`,
`get_cache_token` and `update_abstractmethods`.

`ABCMeta` keeps its registry and caches in the runtime (`_abc`, as
CPython's C half does). `abstractclassmethod`, `abstractstaticmethod` and
`abstractproperty` derive from `classmethod`, `staticmethod` and
`property`, which alc classes cannot subclass yet; they are missing (use
`@classmethod`, `@staticmethod` or `@property` over `@abstractmethod`),
as is `ABCMeta._dump_registry`.
"""

from _abc import (_abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _reset_registry, _reset_caches,
                  get_cache_token)


def abstractmethod(funcobj):
    """Marks a method as abstract: a class whose abstract methods are not
    all overridden cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    """The metaclass of abstract base classes: `register`, and
    `isinstance`/`issubclass` through the registry and `__subclasshook__`."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of `cls`; returns it."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """`isinstance(instance, cls)`."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """`issubclass(subclass, cls)`."""
        return _abc_subclasscheck(cls, subclass)

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forgets the cached answers."""
        _reset_caches(cls)


class ABC(metaclass=ABCMeta):
    """The base of abstract base classes defined by inheritance."""

    __slots__ = ()


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
