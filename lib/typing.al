"""Names for type hints. Al checks no types: these objects exist so that
annotations evaluate, print and compare as CPython's do, so that
classes can derive from `Generic[T]` and `Protocol`, and so that
`NamedTuple` and `TypedDict` classes make named tuples and dicts."""

__all__ = [
    "Any", "Callable", "ClassVar", "Final", "ForwardRef", "Generic", "Literal",
    "Optional", "Protocol", "Tuple", "Type", "TypeVar", "Union",
    "AbstractSet", "AsyncContextManager", "AsyncGenerator", "AsyncIterable", "AsyncIterator",
    "Awaitable", "ChainMap", "Collection", "Container", "ContextManager",
    "Coroutine", "Counter", "DefaultDict", "Deque", "Dict", "FrozenSet",
    "Generator", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
    "List", "Mapping", "MappingView", "MutableMapping", "MutableSequence",
    "MutableSet", "OrderedDict", "Reversible", "Sequence", "Set", "Sized",
    "ValuesView", "cast", "final", "get_args", "get_origin", "no_type_check",
    "overload", "runtime_checkable", "Text", "TYPE_CHECKING", "NoReturn",
    "Never", "Self", "LiteralString", "TypeAlias", "TypeGuard",
    "assert_never", "assert_type", "reveal_type", "NamedTuple", "TypedDict",
    "Required", "NotRequired",
]

from abc import ABCMeta as _ABCMeta
from _abc import _check_methods

TYPE_CHECKING = False
Text = str
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    if isinstance(params, tuple):
        return params
    return (params,)


class ForwardRef:
    """A type named by a string (`Optional["Node"]`), not evaluated."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class TypeVar:
    """A type variable: `T = TypeVar("T")`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = None if bound is None else _type_check(bound)
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        return _type_check(arg)


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in params:
                params.append(a)
        elif isinstance(a, _GenericAlias):
            for p in a.__parameters__:
                if p not in params:
                    params.append(p)
        elif isinstance(a, list):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


class _GenericAlias:
    """A subscripted generic: `List[int]`, `Dict[str, T]`, `Stack[int]`."""

    def __init__(self, origin, args, name=None, inst=True, module=None):
        self._origin = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst
        self._module = module

    @property
    def __origin__(self):
        return _origin_of(self)

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_arg_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (
            self._origin == other._origin
            and self._name == other._name
            and self.__args__ == other.__args__
        )

    def __hash__(self):
        return hash((self._origin, self._name, self.__args__))

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if len(params) != len(self.__parameters__):
            many = "many" if len(params) > len(self.__parameters__) else "few"
            raise TypeError(
                f"Too {many} arguments for {self!r}; actual {len(params)}, "
                f"expected {len(self.__parameters__)}"
            )
        subst = dict(zip(self.__parameters__, params))
        args = tuple(_substitute(a, subst) for a in self.__args__)
        return type(self)(self._origin, args, self._name, self._inst, self._module)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(
                f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead"
            )
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        # Generic comes in once, from the last generic base: `List[T]`
        # adds it only when no later base is generic, and `Generic[T]`
        # gives way to a later subscripted base (or to `Protocol`).
        if self._name is not None:
            return _alias_entries(self, bases)
        if self._origin is Generic:
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _GenericAlias) and b is not self for b in later):
                return ()
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _alias_entries(alias, bases):
    """The bases `List[T]` or `List` stands for in a class statement."""
    entries = () if alias.__origin__ in bases else (alias.__origin__,)
    for b in bases[bases.index(alias) + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)):
            return entries
        if isinstance(b, type) and issubclass(b, Generic):
            return entries
    return entries + (Generic,)


def _arg_repr(a):
    if isinstance(a, list):
        return "[" + ", ".join(_type_repr(x) for x in a) + "]"
    if a == ():
        return "()"
    return _type_repr(a)


def _origin_of(alias):
    """The class an alias stands for; those of `collections.abc`,
    `collections` and `contextlib` are imported when first asked for."""
    if alias._module is None:
        return alias._origin
    if alias._module == "collections":
        import collections
        return getattr(collections, _COLLECTIONS_NAMES.get(alias._name, alias._name))
    if alias._module == "contextlib":
        import contextlib
        return getattr(contextlib, "Abstract" + alias._name)
    import collections.abc
    return getattr(collections.abc, _ABC_NAMES.get(alias._name, alias._name))


_ABC_NAMES = {"AbstractSet": "Set"}
_COLLECTIONS_NAMES = {"DefaultDict": "defaultdict", "Deque": "deque"}


class _SpecialGenericAlias:
    """An unsubscripted generic: `List`, `Dict`, `Sequence`."""

    def __init__(self, origin, nparams, name, inst=True, module=None):
        self._origin = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._module = module

    @property
    def __origin__(self):
        return _origin_of(self)

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(
                f"Too {many} arguments for {self!r}; actual {len(params)}, "
                f"expected {self._nparams}"
            )
        return _GenericAlias(self._origin, params, self._name, self._inst, self._module)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(
                f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead"
            )
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _alias_entries(self, bases)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result]."
            )
        args, result = params
        if args is ...:
            return _CallableGenericAlias(
                self._origin, (..., _type_check(result)), "Callable", True, self._module
            )
        if not isinstance(args, list):
            raise TypeError(
                f"Callable[args, result]: args must be a list. Got {_type_repr(args)}"
            )
        return _CallableGenericAlias(
            self._origin,
            tuple(_type_check(a) for a in args) + (_type_check(result),),
            "Callable",
            True,
            self._module,
        )


class _CallableGenericAlias(_GenericAlias):
    """`Callable[[int, str], bool]`: `__args__` holds the argument types
    and the result in one flat tuple, `(int, str, bool)`, as CPython's."""

    def __repr__(self):
        args = self.__args__
        result = _type_repr(args[-1])
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {result}]"
        return "typing.Callable[[" + ", ".join(_type_repr(a) for a in args[:-1]) + f"], {result}]"


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        params = tuple(p if p is ... else _type_check(p) for p in _as_tuple(params))
        return _GenericAlias(tuple, params, "Tuple", False)


class _SpecialForm:
    """`Any`, `Union`, `Optional`, `ClassVar`, ...: each with its own
    subscription rule."""

    def __init__(self, name, getitem=None, doc=None):
        self._origin = None
        self._module = None
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _union(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _as_tuple(params):
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat))


def _optional(form, params):
    if isinstance(params, tuple):
        raise TypeError(f"typing.Optional requires a single type. Got {params}.")
    return Union[params, None]


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal(form, params):
    values = []
    for p in _as_tuple(params):
        if p not in values:
            values.append(p)
    return _LiteralAlias(Literal, tuple(values), "Literal")


def _one_arg(form, params):
    if isinstance(params, tuple):
        raise TypeError(f"{form} accepts only single type.")
    return _GenericAlias(form, (_type_check(params),), form._name)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """A type that is compatible with every type (a class: subclassing it
    makes a class that a type checker treats as compatible with every
    type)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
Literal = _SpecialForm("Literal", _literal)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)


_SUBSCRIPTABLE_BUILTINS = (list, dict, set, frozenset, tuple, type)


class Generic:
    """The base of generic classes: `class Stack(Generic[T]): ...`."""

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be type variables "
                    "or parameter specification variables."
                )
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        expected = getattr(cls, "__parameters__", ())
        for base in cls.__mro__:
            if base is Generic:
                break
            if base in _SUBSCRIPTABLE_BUILTINS or (
                base.__module__ == "collections" and base.__name__ == "deque"
            ):
                # CPython finds the built-in base's `__class_getitem__`
                # first, which checks nothing: `C[int]` of `class
                # C(Dict[K, V])` is `C[int]`.
                return _GenericAlias(cls, params)
        if not expected:
            raise TypeError(f"{cls!r} is not a generic class")
        if len(params) != len(expected):
            many = "many" if len(params) > len(expected) else "few"
            raise TypeError(
                f"Too {many} arguments for {cls!r}; actual {len(params)}, expected {len(expected)}"
            )
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # A generic class's type variables (`__parameters__`): those of
        # its `Generic[...]` base, in that order, when it names one (which
        # must list every variable its other subscripted bases use), else
        # every variable of its subscripted bases in order of appearance.
        # A subclass of a generic class that subscripts nothing has none.
        own = vars(cls)
        if "__orig_bases__" not in own:
            if Generic in cls.__bases__ and cls.__name__ != "Protocol":
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        bases = own["__orig_bases__"]
        if any(b is Generic for b in bases):
            raise TypeError("Cannot inherit from plain Generic")
        found = _collect_parameters(bases)
        declared = None
        for b in bases:
            if isinstance(b, _GenericAlias) and b._origin is Generic:
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = b.__parameters__
        if declared is not None:
            unlisted = [t for t in found if t not in declared]
            if unlisted:
                listed = ", ".join(repr(t) for t in declared)
                names = ", ".join(repr(t) for t in unlisted)
                raise TypeError(f"Some type variables ({names}) are not listed in Generic[{listed}]")
            found = declared
        cls.__parameters__ = tuple(found)


_SPECIAL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__class_getitem__", "__dict__",
    "__doc__", "__init__", "__module__", "__new__", "__slots__",
    "__subclasshook__", "__weakref__",
})
_PROTO_EXCLUDED = _SPECIAL_NAMES | frozenset({
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol", "__final__", "_MutableMapping__marker",
})
_PROTO_ALLOWLIST = {
    "collections.abc": [
        "Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
        "Hashable", "Sized", "Container", "Collection", "Reversible",
    ],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}


def _own_dict(cls):
    # Built-in types have no `__dict__` in alc.
    try:
        return cls.__dict__
    except AttributeError:
        return {}


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = _own_dict(base).get("__annotations__", {})
        for attr in list(_own_dict(base).keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _no_init_or_replace_init:
        return
    # The first instance of a concrete subclass finds the `__init__` the
    # protocol's placeholder hides, and installs it.
    for base in cls.__mro__:
        init = _own_dict(base).get("__init__", _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolMeta(_ABCMeta):
    """The metaclass of protocols: `isinstance` against a
    `@runtime_checkable` protocol checks the members structurally."""

    def __instancecheck__(cls, instance):
        if (getattr(cls, "_is_protocol", False)
                and not getattr(cls, "_is_runtime_protocol", False)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, "_is_protocol", False) or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr)
                   and (not callable(getattr(cls, attr, None))
                        or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        # What CPython's subclass hook raises when `issubclass` is asked
        # directly (never while ABCMeta's own checks recurse).
        if cls.__dict__.get("_is_protocol", False) and cls.__name__ != "Protocol":
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if (not _is_callable_members_only(cls)
                    and getattr(cls.__dict__.get("__subclasshook__"), "_is_proto_hook", False)):
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types (checked only by `isinstance` and
    `issubclass` against `@runtime_checkable` protocols)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if (not getattr(cls, "_is_runtime_protocol", False)
                    or not _is_callable_members_only(cls)
                    or not isinstance(other, type)):
                return NotImplemented
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    d = _own_dict(base)
                    if attr in d:
                        if d[attr] is None:
                            return NotImplemented
                        break
                    if not d and _check_methods(base, attr) is True:
                        break
                    annotations = d.get("__annotations__", {})
                    if (attr in annotations and issubclass(other, Generic)
                            and getattr(other, "_is_protocol", False)):
                        break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            _proto_hook._is_proto_hook = True
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or base.__module__ in _PROTO_ALLOWLIST
                    and base.__name__ in _PROTO_ALLOWLIST[base.__module__]
                    or issubclass(base, Generic) and getattr(base, "_is_protocol", False)):
                raise TypeError("Protocols can only inherit from other"
                                " protocols, got %r" % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Marks a protocol class as one `isinstance` and `issubclass` accept."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


List = _SpecialGenericAlias(list, 1, "List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
Type = _SpecialGenericAlias(type, 1, "Type", inst=False)
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Callable = _CallableAlias(None, 2, "Callable", module="collections.abc")

Iterable = _SpecialGenericAlias(None, 1, "Iterable", module="collections.abc")
Iterator = _SpecialGenericAlias(None, 1, "Iterator", module="collections.abc")
Reversible = _SpecialGenericAlias(None, 1, "Reversible", module="collections.abc")
Container = _SpecialGenericAlias(None, 1, "Container", module="collections.abc")
Collection = _SpecialGenericAlias(None, 1, "Collection", module="collections.abc")
Sequence = _SpecialGenericAlias(None, 1, "Sequence", module="collections.abc")
MutableSequence = _SpecialGenericAlias(None, 1, "MutableSequence", module="collections.abc")
Mapping = _SpecialGenericAlias(None, 2, "Mapping", module="collections.abc")
MutableMapping = _SpecialGenericAlias(None, 2, "MutableMapping", module="collections.abc")
AbstractSet = _SpecialGenericAlias(None, 1, "AbstractSet", module="collections.abc")
MutableSet = _SpecialGenericAlias(None, 1, "MutableSet", module="collections.abc")
MappingView = _SpecialGenericAlias(None, 1, "MappingView", module="collections.abc")
KeysView = _SpecialGenericAlias(None, 1, "KeysView", module="collections.abc")
ItemsView = _SpecialGenericAlias(None, 2, "ItemsView", module="collections.abc")
ValuesView = _SpecialGenericAlias(None, 1, "ValuesView", module="collections.abc")
Hashable = _SpecialGenericAlias(None, 0, "Hashable", module="collections.abc")
Sized = _SpecialGenericAlias(None, 0, "Sized", module="collections.abc")
Awaitable = _SpecialGenericAlias(None, 1, "Awaitable", module="collections.abc")
Coroutine = _SpecialGenericAlias(None, 3, "Coroutine", module="collections.abc")
AsyncIterable = _SpecialGenericAlias(None, 1, "AsyncIterable", module="collections.abc")
AsyncIterator = _SpecialGenericAlias(None, 1, "AsyncIterator", module="collections.abc")
Generator = _SpecialGenericAlias(None, 3, "Generator", module="collections.abc")
AsyncGenerator = _SpecialGenericAlias(None, 2, "AsyncGenerator", module="collections.abc")
ContextManager = _SpecialGenericAlias(None, 1, "ContextManager", module="contextlib")
AsyncContextManager = _SpecialGenericAlias(None, 1, "AsyncContextManager", module="contextlib")
DefaultDict = _SpecialGenericAlias(None, 2, "DefaultDict", module="collections")
OrderedDict = _SpecialGenericAlias(None, 2, "OrderedDict", module="collections")
Counter = _SpecialGenericAlias(None, 1, "Counter", module="collections")
ChainMap = _SpecialGenericAlias(None, 2, "ChainMap", module="collections")
Deque = _SpecialGenericAlias(None, 1, "Deque", module="collections")


# ---- NamedTuple ----------------------------------------------------------

_NT_PROHIBITED = frozenset({
    "__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
    "_field_defaults", "_make", "_replace", "_asdict", "_source",
})
_NT_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    annotations = {n: _type_check(t) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class _NamedTupleMeta(type):
    """Makes the class a `class C(NamedTuple)` statement defines: a
    `collections.namedtuple` with the annotated fields, their defaults
    and the body's other attributes."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(
                    f"Non-default namedtuple field {field_name} "
                    f"cannot follow default field{'s' if len(default_names) > 1 else ''} "
                    f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of `collections.namedtuple`: a class statement
    deriving from it, or `NamedTuple('P', [('x', int), ('y', int)])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module="__main__")


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---- TypedDict -------------------------------------------------------------


class _TypedDictMeta(type):
    """Makes the class a `class C(TypedDict)` statement defines: calling
    it makes a plain dict; it records the annotated keys."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = {n: _type_check(tp)
                           for n, tp in ns.get("__annotations__", {}).items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            origin = get_origin(tp)
            if origin is Required:
                required_keys.add(key)
            elif origin is NotRequired:
                optional_keys.add(key)
            elif total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of annotated keys: a class statement
    deriving from it, or `TypedDict('Movie', {'name': str})`; its
    instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def cast(typ, val):
    """Returns `val` unchanged: a cast only informs a type checker."""
    return val


def final(f):
    return f


def no_type_check(arg):
    return arg


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated."
    )


def overload(func):
    return _overload_dummy


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _UnionAlias):
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Callable" and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ):
    return val


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj
