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
from copyreg import dispatch_table


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
    # x.__reduce_ex__(4), or x.__reduce__(), or the reduction of a type
    # whose own is not in the runtime yet.
    rv = _missing_reduction(x, cls)
    if rv is not None:
        return rv
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, '__reduce__', None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def _make_alias(origin, args):
    return origin[args[0] if len(args) == 1 else args]


def _make_union(args):
    result = args[0]
    for arg in args[1:]:
        result = result | arg
    return result


def _missing_reduction(x, cls):
    # The reductions of bound methods and of generic aliases and unions,
    # which have no __reduce__ of their own in the runtime yet.
    if cls is _MethodType:
        return (getattr, (x.__self__, x.__func__.__name__))
    if cls is _GenericAlias:
        return (_make_alias, (x.__origin__, x.__args__))
    if cls is _UnionType:
        return (_make_union, (x.__args__,))
    return None


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
