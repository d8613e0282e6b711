"""Names for the built-in types that have no built-in name, as CPython
3.11's `types` (`MappingProxyType` is rt's `mappingproxy`), and
`SimpleNamespace`, `DynamicClassAttribute`, `new_class`, `prepare_class`
and `resolve_bases`.

Missing, because alc has no such objects: `CodeType`, `FrameType`,
`CellType` (functions have no `__closure__`) and `coroutine`.
"""

import sys


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + "(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")

    def __delattr__(self, name):
        try:
            del self.__dict__[name]
        except KeyError:
            raise AttributeError(
                f"'{_type_name(self)}' object has no attribute '{name}'") from None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# The ids of the namespaces whose repr is being computed (a namespace that
# contains itself shows as `namespace(...)`).
_repr_running = set()


def _type_name(o):
    # CPython's type is called `types.SimpleNamespace` in its messages.
    t = type(o)
    return "types.SimpleNamespace" if t is SimpleNamespace else t.__name__


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
# Closed at once: an awaitable never awaited would otherwise be finalised.
_c.close()


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(int.real)
MemberDescriptorType = type(range.start)

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)

GenericAlias = type(list[int])
UnionType = type(int | str)

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


def resolve_bases(bases):
    """Resolves the bases of a class as PEP 560 does: each base that is not
    a class but has `__mro_entries__` is replaced by what that returns
    (a tuple of bases). Returns `bases` itself when nothing changed."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


MappingProxyType = type(type.__dict__)


class DynamicClassAttribute:
    """A property that exists on instances only: read through the class,
    it raises AttributeError, so that the class's `__getattr__` (or, for
    `enum`, the class's own lookup) answers instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        # A docstring taken from the getter follows the getter of copies.
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would: `bases` resolved
    (`resolve_bases`), the metaclass and namespace from `prepare_class`,
    `exec_body(ns)` filling the namespace, the remaining keywords passed
    on to the metaclass (for `__init_subclass__`)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    if isinstance(meta, type) and '__module__' not in ns:
        # CPython's type() names the module of its caller, this one.
        ns['__module__'] = __name__
    return meta(name, resolved_bases, ns, **kwds)


def prepare_class(name, bases=(), kwds=None):
    """Returns `(metaclass, namespace, kwds)` for a class statement:
    the metaclass is the `metaclass` keyword (removed from the copy of
    `kwds` returned) or the bases' type, the namespace what its
    `__prepare__` returns."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    # The most derived of `meta` and the bases' types.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


__all__ = [n for n in globals() if n[:1] != '_' and n != 'sys']
del sys, _f, _g, _C, _c, _ag
