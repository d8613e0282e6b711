//! Object header, kinds, type objects and the static singletons
//! (`None`, `True`, `False`, `NotImplemented`, `Ellipsis`).

use crate::state::Global;
use crate::value::Value;
use std::cell::Cell;

/// What an object is; rt dispatches on it with a `match`.
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Int = 1,
    Bool,
    NoneType,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Func,
    Builtin,
    BoundMethod,
    Type,
    Exception,
    Cell,
    Iter,
    DictView,
    NotImplemented,
    Ellipsis,
    /// Instances of `object()` and of user classes (`crate::class::instance`).
    Instance,
    /// A user function bound to an instance (`obj.method`).
    Method,
    /// `property` objects.
    Property,
    /// `staticmethod` objects.
    StaticMethod,
    /// `classmethod` objects.
    ClassMethod,
    /// `super` objects.
    Super,
    /// A built-in type's method, slot wrapper or data descriptor: a static
    /// `crate::types::AttrDef`, never on the heap.
    Descr,
    /// The iterator over an object that only has `__getitem__`.
    SeqIter,
    /// A generator (`crate::objects::generator`).
    Generator,
    /// A coroutine: the same object as a generator, but not an iterator.
    Coroutine,
    /// An async generator (`crate::objects::async_gen`): the same object as
    /// a generator, driven through the awaitables of its methods.
    AsyncGenerator,
    /// The awaitables `asend`/`__anext__`, `athrow`/`aclose` and
    /// `anext(it, default)` return (`crate::objects::async_gen`).
    AsyncAwait,
    /// `e.__traceback__` (`crate::exc::traceback::TbObj`).
    Traceback,
    /// `list[int]` and `int | None` (`crate::objects::alias`).
    Alias,
    /// Modules (`crate::objects::module`).
    Module,
    /// `collections.deque` (`crate::stdlib::collections::deque`).
    Deque,
    /// Text files and the standard streams (`crate::io::file`).
    TextIO,
    /// `io.StringIO` (`crate::io::stringio`).
    StringIO,
    /// `_random.Random`, the Mersenne Twister behind the `random` module
    /// (`crate::stdlib::random`).
    Random,
    /// `complex` (`crate::objects::complex`).
    Complex,
    /// `bytes` (`crate::objects::bytes`).
    Bytes,
    /// `bytearray` (`crate::objects::bytes`).
    ByteArray,
    /// `memoryview` (`crate::objects::bytes::memoryview`).
    MemoryView,
    /// Binary files and `io.BytesIO` (`crate::io::binary`).
    BinaryIO,
    /// `_hashlib.HASH`, the hash objects of `hashlib`
    /// (`crate::stdlib::hashlib`).
    Hash,
    /// `_struct.Struct` (`crate::stdlib::structmod::object`).
    Struct,
    /// `array.array` (`crate::stdlib::array`).
    Array,
    /// Weak references and proxies' inner references
    /// (`crate::objects::weakref`).
    WeakRef,
    /// `mappingproxy` (`crate::objects::mappingproxy`).
    MappingProxy,
    /// `re.Pattern` (`crate::stdlib::re::pattern`).
    RePattern,
    /// `re.Match` (`crate::stdlib::re::matchobj`).
    ReMatch,
    /// `_sre.SRE_Scanner`, behind `re.finditer` (`crate::stdlib::re::pattern`).
    ReScanner,
    /// `zlib.Compress` and `zlib.Decompress` (`crate::stdlib::zlib::objects`).
    ZStream,
    /// `code` (`crate::objects::code`).
    /// The last kind: `gc::heap::NKINDS` counts them.
    Code,
}

/// The first word pair of every object. Generated code reads `kind` for
/// inline type tests, so its offset (8) is part of the ABI.
#[repr(C)]
pub struct Header {
    pub ty: &'static TypeObj,
    pub kind: Kind,
    pub flags: Cell<u32>,
}

impl Header {
    /// A header for an object of built-in type `ty`.
    pub const fn new(ty: &'static TypeObj) -> Header {
        Header {
            ty,
            kind: ty.inst_kind,
            flags: Cell::new(0),
        }
    }
}

// SAFETY: rt runs Al code on one thread only; `Cell` fields of static objects
// are never touched from another thread.
unsafe impl Sync for Header {}

/// Implemented by every object layout; `KINDS` are the kinds laid out as `Self`.
///
/// # Safety
/// `Self` must be `repr(C)` with a `Header` as its first field, and every
/// object whose header kind is in `KINDS` must have been allocated as `Self`;
/// `LEAF` may be true only when `trace` visits nothing.
pub unsafe trait Object: 'static {
    const KINDS: &'static [Kind];

    /// Visits every value this object refers to (the collector's precise
    /// heap scan). Each type implements it next to its layout; a value the
    /// trace misses is freed while still in use.
    fn trace(&self, t: &mut crate::gc::Tracer);

    /// True when `trace` visits nothing (strings, floats, ints): marking
    /// such an object does not queue it for tracing. An implementation
    /// that sets it must have an empty `trace`.
    const LEAF: bool = false;

    /// True when every value the object refers to is written when it is
    /// made, before anything else is allocated, and never changes (tuples):
    /// it then refers only to objects at least as old as itself, so a
    /// minor collection does not trace it again once it is old (docs/gc.md,
    /// generations).
    const IMMUTABLE: bool = false;

    /// What a minor collection visits of this object while it is old (it
    /// survived a collection): every value that may have been stored
    /// since the last collection traced it. All of them unless the type
    /// tracks its changes (lists: only the items appended since).
    fn trace_old(&self, t: &mut crate::gc::Tracer) {
        self.trace(t)
    }

    /// The malloc buffer rt code borrows slices of (list items, the text of
    /// a string not in its cell) as (address, bytes), so a stack word
    /// pointing into it keeps the owner alive (docs/gc.md, derived
    /// pointers).
    fn borrowed_buffer(&self) -> Option<(usize, usize)> {
        None
    }
}

/// An object followed in its GC cell by `n_values()` values (a tuple's items),
/// allocated with `gc::alloc_var`; the collector traces those values after
/// calling `trace`.
///
/// # Safety
/// Objects of this type must only be created by `gc::alloc_var`, and
/// `n_values()` must return the number of values it wrote after the object.
pub unsafe trait VarObject: Object {
    /// Which group of size-classed spaces holds this type (one per type).
    const VAR_SLOT: usize;

    /// The number of values following the object.
    fn n_values(&self) -> usize;
}

/// An object followed in its GC cell by bytes (a string's text), allocated
/// with `gc::alloc_bytes`; the bytes are never traced and the cell needs no
/// drop, so sweeping such blocks is a bitmap copy.
///
/// # Safety
/// Dropping an object created by `gc::alloc_bytes` must do nothing (the
/// collector never drops them), and `VAR_SLOT` must differ from every other
/// `VarObject`'s and `ByteObject`'s.
pub unsafe trait ByteObject: Object {
    /// Which group of size-classed spaces holds this type (one per type).
    const VAR_SLOT: usize;
}

/// A type object: the value `type(x)` returns. Built-in types are
/// `const`-constructed statics; user classes (`crate::class`) are allocated
/// when their `class` statement runs and carry `class` data.
#[repr(C)]
pub struct TypeObj {
    pub header: Header,
    pub name: &'static str,
    /// `__base__`: for a user class, its first base.
    pub base: Option<&'static TypeObj>,
    /// The kind of this type's instances.
    pub inst_kind: Kind,
    /// Attribute-cache version tag: a fresh, program-unique number is stored
    /// whenever an attribute of this class or of one of its bases changes,
    /// so `(type, version)` identifies one state of the class's attributes.
    /// Built-in types keep 0 (their attributes never change).
    pub version: Global<u64>,
    /// The dict, MRO and special-method slots of a user class; `None` for
    /// built-in types.
    pub class: Option<&'static crate::class::ClassData>,
    /// A built-in type's attributes, sorted by name (`crate::types`); empty
    /// for user classes.
    pub attrs: &'static [crate::types::AttrDef],
    /// A built-in type's second base (`ExceptionGroup` derives from
    /// `BaseExceptionGroup` and `Exception`); `None` for every other type.
    pub base2: Option<&'static TypeObj>,
}

// SAFETY: a TypeObj starts with its Header and is only created as a TypeObj.
unsafe impl Object for TypeObj {
    const KINDS: &'static [Kind] = &[Kind::Type];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

impl TypeObj {
    /// A built-in type named `name` whose instances have kind `inst_kind`.
    pub const fn builtin(
        name: &'static str,
        base: Option<&'static TypeObj>,
        inst_kind: Kind,
    ) -> TypeObj {
        TypeObj {
            header: Header {
                ty: &TYPE_TYPE,
                kind: Kind::Type,
                flags: Cell::new(0),
            },
            name,
            base,
            inst_kind,
            version: Global::new(0),
            class: None,
            attrs: &[],
            base2: None,
        }
    }

    /// This built-in type with its attribute table.
    pub const fn with_attrs(mut self, attrs: &'static [crate::types::AttrDef]) -> TypeObj {
        self.attrs = attrs;
        self
    }

    /// This built-in type with a second base.
    pub const fn with_base2(mut self, base2: &'static TypeObj) -> TypeObj {
        self.base2 = Some(base2);
        self
    }

    /// True if `self` is `other` or derives from it.
    pub fn is_subtype(&'static self, other: &'static TypeObj) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        if let Some(c) = self.class {
            return c.mro_contains(other);
        }
        let mut t = Some(self);
        while let Some(cur) = t {
            if std::ptr::eq(cur, other) {
                return true;
            }
            if cur.base2.is_some_and(|b| b.is_subtype(other)) {
                return true;
            }
            t = cur.base;
        }
        false
    }

    /// `__name__` of a built-in type: its name after the module part that
    /// CPython's messages include (`_io.StringIO` is `StringIO`).
    pub fn short_name(&self) -> &'static str {
        self.name.rsplit('.').next().unwrap_or(self.name)
    }

    /// `__module__` of a built-in type: the dotted prefix of its name, or
    /// `builtins`.
    pub fn builtin_module(&self) -> &'static str {
        self.name.rsplit_once('.').map_or("builtins", |(m, _)| m)
    }

    /// The built-in type whose layout instances of this type have: the
    /// type itself, or a user class's built-in base.
    pub fn builtin_layout(&'static self) -> &'static TypeObj {
        match self.class {
            Some(c) => c.builtin_base,
            None => self,
        }
    }

    /// This type as a value.
    pub fn value(&'static self) -> Value {
        Value::from_ref(self)
    }
}

macro_rules! builtin_types {
    ($($(#[$m:meta])* $id:ident = ($name:expr, $kind:ident $(, $attrs:path)?);)*) => {
        $($(#[$m])* pub static $id: TypeObj =
            TypeObj::builtin($name, Some(&OBJECT_TYPE), Kind::$kind)$(.with_attrs(&$attrs))?;)*
    };
}

/// `object`, the root of every type.
pub static OBJECT_TYPE: TypeObj =
    TypeObj::builtin("object", None, Kind::Instance).with_attrs(&crate::types::object_type::ATTRS);
/// `type`
pub static TYPE_TYPE: TypeObj = TypeObj::builtin("type", Some(&OBJECT_TYPE), Kind::Type)
    .with_attrs(&crate::types::type_type::ATTRS);
/// `bool`, a subtype of `int`.
pub static BOOL_TYPE: TypeObj = TypeObj::builtin("bool", Some(&INT_TYPE), Kind::Bool)
    .with_attrs(&crate::objects::int::methods::BOOL_ATTRS);

builtin_types! {
    /// `int` (small and big).
    INT_TYPE = ("int", Int, crate::objects::int::methods::INT_ATTRS);
    /// `NoneType`
    NONE_TYPE = ("NoneType", NoneType, crate::types::singleton_type::NONE_ATTRS);
    /// `float`; generated code compares a header's type with its address
    /// (an instance of a `float` subclass has the same kind but not the type).
    #[export_name = alrt_abi::rt_data_symbol!(FLOAT_TYPE)]
    FLOAT_TYPE = ("float", Float, crate::objects::float_methods::ATTRS);
    /// `complex`
    COMPLEX_TYPE = ("complex", Complex, crate::objects::complex::ATTRS);
    /// `str`
    STR_TYPE = ("str", Str, crate::objects::str::methods::ATTRS);
    /// `list`
    LIST_TYPE = ("list", List, crate::objects::list::ops::ATTRS);
    /// `tuple`; generated code compares a header's type against its
    /// address (the `t[i]` fast path).
    #[export_name = alrt_abi::rt_data_symbol!(TUPLE_TYPE)]
    TUPLE_TYPE = ("tuple", Tuple, crate::objects::tuple::ops::ATTRS);
    /// `dict`
    DICT_TYPE = ("dict", Dict, crate::objects::dict::ATTRS);
    /// `set`
    SET_TYPE = ("set", Set, crate::objects::set::SET_ATTRS);
    /// `frozenset`
    FROZENSET_TYPE = ("frozenset", FrozenSet, crate::objects::set::FROZENSET_ATTRS);
    /// `range`
    RANGE_TYPE = ("range", Range, crate::objects::range::ATTRS);
    /// `slice`
    SLICE_TYPE = ("slice", Slice, crate::objects::slice::ATTRS);
    /// `function`
    FUNCTION_TYPE = ("function", Func, crate::types::function_type::ATTRS);
    /// `builtin_function_or_method`
    BUILTIN_TYPE = ("builtin_function_or_method", Builtin);
    /// Bound built-in methods print as `builtin_function_or_method` in CPython too.
    BOUND_METHOD_TYPE = ("builtin_function_or_method", BoundMethod);
    /// `cell`
    CELL_TYPE = ("cell", Cell);
    /// `NotImplementedType`
    NOT_IMPLEMENTED_TYPE = ("NotImplementedType", NotImplemented, crate::types::singleton_type::NOT_IMPLEMENTED_ATTRS);
    /// `ellipsis`
    ELLIPSIS_TYPE = ("ellipsis", Ellipsis, crate::types::singleton_type::ELLIPSIS_ATTRS);
}

/// An object with no payload beyond its header (None, NotImplemented, Ellipsis).
#[repr(C)]
pub struct UnitObj {
    pub header: Header,
}

// SAFETY: repr(C), Header first; only the unit singletons use these kinds.
unsafe impl Object for UnitObj {
    const KINDS: &'static [Kind] = &[Kind::NoneType, Kind::NotImplemented, Kind::Ellipsis];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// `True` and `False`.
#[repr(C)]
pub struct BoolObj {
    pub header: Header,
    pub value: bool,
}

// SAFETY: repr(C), Header first; only the two static bools have kind Bool.
unsafe impl Object for BoolObj {
    const KINDS: &'static [Kind] = &[Kind::Bool];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// The `None` singleton; generated code compares against its address.
#[export_name = alrt_abi::rt_data_symbol!(NONE)]
pub static NONE: UnitObj = UnitObj {
    header: Header::new(&NONE_TYPE),
};
/// The `True` singleton.
#[export_name = alrt_abi::rt_data_symbol!(TRUE)]
pub static TRUE: BoolObj = BoolObj {
    header: Header::new(&BOOL_TYPE),
    value: true,
};
/// The `False` singleton.
#[export_name = alrt_abi::rt_data_symbol!(FALSE)]
pub static FALSE: BoolObj = BoolObj {
    header: Header::new(&BOOL_TYPE),
    value: false,
};
/// The `NotImplemented` singleton.
pub static NOT_IMPLEMENTED: UnitObj = UnitObj {
    header: Header::new(&NOT_IMPLEMENTED_TYPE),
};
/// The `Ellipsis` singleton.
#[export_name = alrt_abi::rt_data_symbol!(ELLIPSIS)]
pub static ELLIPSIS: UnitObj = UnitObj {
    header: Header::new(&ELLIPSIS_TYPE),
};

/// `None` as a value.
#[inline]
pub fn none() -> Value {
    Value::from_ref(&NONE)
}

/// `True`/`False` as a value.
#[inline]
pub fn boolean(b: bool) -> Value {
    if b {
        Value::from_ref(&TRUE)
    } else {
        Value::from_ref(&FALSE)
    }
}

/// `NotImplemented` as a value.
#[inline]
pub fn not_implemented() -> Value {
    Value::from_ref(&NOT_IMPLEMENTED)
}

/// True if `v` is `None`.
#[inline]
pub fn is_none(v: Value) -> bool {
    v == none()
}

/// The type object of any value.
pub fn type_of(v: Value) -> &'static TypeObj {
    if v.is_small() {
        &INT_TYPE
    } else {
        v.header().ty
    }
}

/// The type name CPython prints in error messages (`'int' object ...`).
pub fn type_name(v: Value) -> &'static str {
    type_of(v).name
}

/// True if `v` is an instance of `t` or a subtype of it.
pub fn isinstance(v: Value, t: &'static TypeObj) -> bool {
    type_of(v).is_subtype(t)
}

/// The `__name__` of a type object value.
pub fn type_of_type_name(t: Value) -> &'static str {
    t.as_ref::<TypeObj>().name
}
