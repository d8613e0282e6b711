"""Weak references and the containers built on them.

`ref` (`ReferenceType`), `getweakrefcount` and `getweakrefs` are native
(`_weakref`, over the collector's registry of weak references). Proxies
are Al classes here whose inner reference is made natively. A reference
dies when the collector finds its referent dead, which is later than
under CPython's reference counting; its callback then runs at the next
loop header or call of the running code (docs/language.md).
"""

import _weakref
from _weakref import getweakrefcount, getweakrefs, ref, ReferenceType
from _weakrefset import WeakSet, _IterationGuard, _remover
from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSet as _MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_MutableSet.register(WeakSet)

_get = object.__getattribute__
_dict = dict


# ---- proxies ------------------------------------------------------------------------


def _target(p):
    """The live referent of proxy `p`."""
    o = _get(p, '_wr')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(x):
    """`x`'s referent if `x` is a proxy (CPython unwraps both operands)."""
    if type(x) is ProxyType or type(x) is CallableProxyType:
        return _target(x)
    return x


class _ProxyMethods:
    # The methods of both proxy classes, which CPython makes two unrelated
    # types: every operation on a proxy is done on its referent, which it
    # does not keep alive (`ReferenceError` once it has died).

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'weakref.%s' is not an acceptable base type"
                        % cls.__mro__[1].__name__)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        return repr(_get(self, '_wr'))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        o = _target(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __add__(self, other):
        return _target(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _target(self)

    def __iadd__(self, other):
        o = _target(self)
        o += _unwrap(other)
        return o

    def __sub__(self, other):
        return _target(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _target(self)

    def __isub__(self, other):
        o = _target(self)
        o -= _unwrap(other)
        return o

    def __mul__(self, other):
        return _target(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _target(self)

    def __imul__(self, other):
        o = _target(self)
        o *= _unwrap(other)
        return o

    def __matmul__(self, other):
        return _target(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _target(self)

    def __imatmul__(self, other):
        o = _target(self)
        o @= _unwrap(other)
        return o

    def __truediv__(self, other):
        return _target(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _target(self)

    def __itruediv__(self, other):
        o = _target(self)
        o /= _unwrap(other)
        return o

    def __floordiv__(self, other):
        return _target(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _target(self)

    def __ifloordiv__(self, other):
        o = _target(self)
        o //= _unwrap(other)
        return o

    def __mod__(self, other):
        return _target(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _target(self)

    def __imod__(self, other):
        o = _target(self)
        o %= _unwrap(other)
        return o

    def __divmod__(self, other):
        return divmod(_target(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _target(self))

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return _target(self) ** _unwrap(other)
        return pow(_target(self), _unwrap(other), _unwrap(modulo))

    def __rpow__(self, other):
        return _unwrap(other) ** _target(self)

    def __ipow__(self, other):
        o = _target(self)
        o **= _unwrap(other)
        return o

    def __lshift__(self, other):
        return _target(self) << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << _target(self)

    def __ilshift__(self, other):
        o = _target(self)
        o <<= _unwrap(other)
        return o

    def __rshift__(self, other):
        return _target(self) >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> _target(self)

    def __irshift__(self, other):
        o = _target(self)
        o >>= _unwrap(other)
        return o

    def __and__(self, other):
        return _target(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _target(self)

    def __iand__(self, other):
        o = _target(self)
        o &= _unwrap(other)
        return o

    def __or__(self, other):
        return _target(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _target(self)

    def __ior__(self, other):
        o = _target(self)
        o |= _unwrap(other)
        return o

    def __xor__(self, other):
        return _target(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _target(self)

    def __ixor__(self, other):
        o = _target(self)
        o ^= _unwrap(other)
        return o

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        return _target(self).__index__()


def _proxy_class(name, **extra):
    ns = {k: v for k, v in _ProxyMethods.__dict__.items()
          if k not in ('__module__', '__qualname__', '__doc__', '__dict__', '__weakref__')}
    ns.update(extra)
    ns['__slots__'] = ('_wr',)
    ns['__module__'] = 'weakref'
    ns['__qualname__'] = name
    return type(name, (), ns)


def _call(self, *args, **kwargs):
    return _target(self)(*args, **kwargs)


ProxyType = _proxy_class('ProxyType')
CallableProxyType = _proxy_class('CallableProxyType', __call__=_call)
del _ProxyMethods
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(*args, **kwargs):
    """proxy(object[, callback]): a proxy to `object`, which forwards
    every operation to it while it lives; `callback` is called with the
    proxy when it dies."""
    if kwargs:
        raise TypeError("_weakref.proxy() takes no keyword arguments")
    if not args:
        raise TypeError("proxy expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("proxy expected at most 2 arguments, got %d" % len(args))
    obj = args[0]
    callback = args[1] if len(args) > 1 else None
    cls = CallableProxyType if callable(obj) else ProxyType
    return _weakref._proxy(obj, callback, cls)


# ---- WeakMethod -----------------------------------------------------------------------


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both the object
    and the function are, and calling it makes the bound method again."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def died(_):
            # The object or the function died: call back once.
            me = me_ref()
            if me is not None and me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


# ---- WeakValueDictionary and WeakKeyDictionary ------------------------------------------


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (the
    values of a WeakValueDictionary)."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly: an entry goes once its
    value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _remover(self)
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _drop(self, wr):
        # The entry may have been given a new value since the old one died.
        cur = self.data.get(wr.key)
        if cur is not None and cur() is None:
            del self.data[wr.key]

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self._drop(pending.pop())

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        if self._pending_removals:
            self._commit_removals()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        """The weak references to the values, as a generator."""
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            yield from self.data.values()

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                o = wr()
                if o is not None:
                    yield o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        """The weak references to the values, as a list."""
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly: an entry goes once its key
    dies. Keys are found through references to them, which compare and
    hash as their referents while alive."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _remover(self)
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _drop(self, wr):
        try:
            del self.data[wr]
        except KeyError:
            pass

    def _commit_removals(self):
        pending = self._pending_removals
        d = self.data
        while pending:
            try:
                del d[pending.pop()]
            except KeyError:
                pass

    def _scrub_removals(self):
        # Entries deleted by hand since they were queued are not in the
        # table any more.
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                o = wr()
                if o is not None:
                    yield o

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        """The weak references to the keys, as a list."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = _dict(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


# ---- finalize ---------------------------------------------------------------------------


class _Pending:
    """What a live finalizer will call, and how."""

    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls `func(*args,
    **kwargs)` once, when `obj` dies, when the finalizer is called, or at
    the program's end (unless `atexit` is set false), whichever comes
    first. A finalizer stays alive until then even if nothing refers to
    it."""

    __slots__ = ()
    # Every live finalizer and what it will call.
    _registry = {}
    # True once the program's end has run the finalizers: none runs after.
    _shutdown = False
    _count = [0]
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _weakref._atexit(finalize._next_at_exit)
            finalize._registered_with_atexit = True
        p = _Pending()
        p.weakref = ref(obj, self)
        p.func = func
        p.args = args
        p.kwargs = kwargs or None
        p.atexit = True
        p.index = finalize._count[0]
        finalize._count[0] += 1
        finalize._registry[self] = p

    def __call__(self, _=None):
        """Calls the function now if the finalizer is alive, and returns
        its result; None otherwise."""
        p = finalize._registry.pop(self, None)
        if p is not None and not finalize._shutdown:
            return p.func(*p.args, **(p.kwargs or {}))

    def detach(self):
        """Kills the finalizer without calling it; returns (obj, func,
        args, kwargs) if it was alive, else None."""
        p = finalize._registry.get(self)
        obj = p.weakref() if p is not None else None
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, p.func, p.args, p.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        p = finalize._registry.get(self)
        obj = p.weakref() if p is not None else None
        if obj is not None:
            return (obj, p.func, p.args, p.kwargs or {})

    @property
    def alive(self):
        """True until the finalizer has been called or detached."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the program's end calls the finalizer if it is alive."""
        p = finalize._registry.get(self)
        return p is not None and p.atexit

    @atexit.setter
    def atexit(self, value):
        p = finalize._registry.get(self)
        if p is not None:
            p.atexit = bool(value)

    def __repr__(self):
        p = finalize._registry.get(self)
        obj = p.weakref() if p is not None else None
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _next_at_exit():
        # At the program's end, rt calls this until it returns None and
        # calls each finalizer it returns: the newest one still alive
        # whose `atexit` is true.
        best = None
        for f, p in finalize._registry.items():
            if p.atexit and (best is None or p.index > best[0]):
                best = (p.index, f)
        if best is None:
            finalize._shutdown = True
            return None
        return best[1]
