"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.

A shallow copy constructs a new compound object and inserts the same objects
the original contains; a deep copy inserts copies of them, copied
recursively.  Deep copying keeps a memo of the objects already copied in the
current pass, so shared and recursive structures are copied once.

Classes control copying with __copy__() and __deepcopy__(memo), or with the
pickling interfaces: __reduce_ex__(), __reduce__(), __getnewargs_ex__(),
__getnewargs__(), __getstate__() and __setstate__().  Instances of other
classes are copied by creating a new instance with __new__ and copying their
__dict__ and slots.
"""


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]

import _weakref

# Reduction functions by type, consulted before an object's own
# __reduce_ex__ (copyreg's table in CPython).
dispatch_table = {}


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_BuiltinType = type(len)
_GenericAlias = type(list[int])
_UnionType = type(int | str)
_WeakRef = _weakref.ref

# Types whose instances are their own copies.
_copy_atomic = {
    type(None), int, float, complex, bool, str, bytes, tuple, frozenset, type, range, slice,
    property, _BuiltinType, type(Ellipsis), type(NotImplemented),
    _FunctionType, _WeakRef,
}
_deepcopy_atomic = {
    type(None), int, float, complex, bool, str, bytes, type, range, property, _BuiltinType,
    type(Ellipsis), type(NotImplemented), _FunctionType, _WeakRef,
}

# The default methods of object, when the runtime has them (the emulation
# below is used in their place).
_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _copy_atomic:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _deepcopy_atomic:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = dispatch_table.get(cls)
            if reductor is not None:
                rv = reductor(x)
            else:
                rv = _reduce(x, cls, 'deep')
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # Copying the items may have copied x itself (through a cycle).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Keeps a reference to x in the memo, so that its id stays unique for
    as long as the memo lives (the memo is keyed by ids)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls, kind):
    # What x.__reduce_ex__(4) returns: the class's own reduction methods if
    # it has any, else the default reduction object.__reduce_ex__ makes.
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _object_reduce:
        return reductor(x)
    return _default_reduce(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _make_alias(origin, args):
    return origin[args[0] if len(args) == 1 else args]


def _make_union(args):
    result = args[0]
    for arg in args[1:]:
        result = result | arg
    return result


def _cannot_pickle(cls):
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def _default_reduce(x, cls):
    # The reduction value object.__reduce_ex__(4) gives for instances of
    # Python classes and of the built-in types that support it.
    if isinstance(x, BaseException):
        return _reduce_exception(x, cls)
    if isinstance(x, (set, frozenset)):
        state = getattr(x, '__dict__', None)
        return (cls, (list(x),), state or None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    if cls is _MethodType:
        return (getattr, (x.__self__, x.__func__.__name__))
    if cls is _GenericAlias:
        return (_make_alias, (x.__origin__, x.__args__))
    if cls is _UnionType:
        return (_make_union, (x.__args__,))
    if cls.__module__ == 'builtins' and cls is not object:
        raise _cannot_pickle(cls)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        newargs = getnewargs_ex(x)
        if not isinstance(newargs, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple, not '
                            "'%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of '
                             'length 2, not %d' % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by '
                            '__getnewargs_ex__ must be a tuple, not '
                            "'%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by '
                            '__getnewargs_ex__ must be a dict, not '
                            "'%s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs(x)
            if not isinstance(args, tuple):
                raise TypeError('__getnewargs__ should return a tuple, not '
                                "'%s'" % type(args).__name__)
        elif isinstance(x, int) and cls is not bool:
            args = (int.__int__(x),)
        elif isinstance(x, float):
            args = (float.__mul__(x, 1.0),)
        elif isinstance(x, str):
            args = (str.__str__(x),)
        elif isinstance(x, tuple):
            args = (tuple(x),)
        else:
            args = ()
    state = _getstate(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _reduce_exception(x, cls):
    # BaseException's own reduction: the class, its args, and its __dict__
    # when that is not empty.
    d = x.__dict__
    if d:
        return (cls, x.args, d)
    return (cls, x.args)


def _getstate(x, cls):
    # x.__getstate__(): a class's own method, or object's default: the
    # instance dict (None when empty), paired with a dict of the slot
    # values when there are any.
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return getstate(x)
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _slotnames(cls):
    # The names of the slots declared along cls's MRO, private names
    # mangled as the class body mangles them.
    names = []
    for c in cls.__mro__:
        if c.__module__ == 'builtins':
            continue
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        elif isinstance(y, BaseException) and isinstance(state, dict):
            # BaseException.__setstate__ sets each item as an attribute.
            for key, value in state.items():
                setattr(y, key, value)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
