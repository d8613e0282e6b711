//! `BaseExceptionGroup` and `ExceptionGroup`: construction with CPython's
//! argument rules, `message`/`exceptions`, `split`, `subgroup`, `derive`,
//! and the two operations of `except*` (matching a clause's types against
//! the rest of a group, and collecting what the clauses raised).

use crate::exc::error::{type_error, value_error, R};
use crate::exc::{self, ExcObj, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP};
use crate::gc::RootedVec;
use crate::object::{self, Kind, TypeObj};
use crate::protocol::args::Args;
use crate::protocol::dispatch;
use crate::value::Value;

/// True if `e` is an exception group (its `detail` holds `(message,
/// exceptions)`).
pub fn is_group(e: &ExcObj) -> bool {
    e.header.ty.is_subtype(&BASE_EXCEPTION_GROUP)
}

/// True if the value `v` is an exception group.
pub fn is_group_value(v: Value) -> bool {
    v.downcast::<ExcObj>().is_some_and(is_group)
}

/// `(message, exceptions)` of a group, or `None` for a group whose
/// `__new__` never ran (not possible from Al code, kept total anyway).
fn parts(e: &ExcObj) -> Option<(Value, &'static [Value])> {
    let d = e.detail.get();
    if d.kind() != Kind::Tuple {
        return None;
    }
    match crate::objects::tuple::items(d) {
        [m, excs] => Some((*m, crate::objects::tuple::items(*excs))),
        _ => None,
    }
}

/// `eg.message`.
pub fn message(o: Value) -> Value {
    match o.downcast::<ExcObj>().and_then(parts) {
        Some((m, _)) => m,
        None => object::none(),
    }
}

/// `eg.exceptions` as a tuple.
pub fn exceptions_value(o: Value) -> Value {
    let d = o.downcast::<ExcObj>().map(|e| e.detail.get());
    match d {
        Some(d) if d.kind() == Kind::Tuple => match crate::objects::tuple::items(d) {
            [_, excs] => *excs,
            _ => crate::objects::tuple::from_slice(&[]),
        },
        _ => crate::objects::tuple::from_slice(&[]),
    }
}

/// The sub-exceptions of group `e` (empty for other exceptions).
pub fn exceptions(e: &ExcObj) -> &'static [Value] {
    parts(e).map_or(&[], |(_, x)| x)
}

/// True if `name` is a read-only attribute of group `e` (`message`,
/// `exceptions`, and `__weakref__` of `ExceptionGroup`).
pub fn readonly(e: &ExcObj, name: &str) -> bool {
    is_group(e)
        && (matches!(name, "message" | "exceptions")
            || (name == "__weakref__" && e.header.ty.is_subtype(&EXCEPTION_GROUP)))
}

/// The AttributeError for writing or deleting `readonly` attribute `name`.
pub fn readonly_error(o: Value, name: &str) -> crate::exc::error::Pending {
    let msg = if name == "__weakref__" {
        format!(
            "attribute '__weakref__' of '{}' objects is not writable",
            object::type_name(o)
        )
    } else {
        "readonly attribute".to_string()
    };
    crate::exc::error::raise(&exc::ATTRIBUTE_ERROR, msg)
}

/// `str(eg)`: `msg (N sub-exceptions)`.
pub fn to_str(e: &ExcObj) -> R<String> {
    let (m, excs) = parts(e).unwrap_or((object::none(), &[]));
    let n = excs.len();
    Ok(format!(
        "{} ({} sub-exception{})",
        dispatch::str_of(m)?,
        n,
        if n == 1 { "" } else { "s" }
    ))
}

/// Whether CPython's `PySequence_Check` holds: a type with item access
/// that is not a mapping.
fn is_sequence(v: Value) -> bool {
    match v.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Deque => true,
        Kind::Dict => false,
        _ => {
            let t = object::type_of(v);
            t.class.is_some()
                && !t.is_subtype(&object::DICT_TYPE)
                && crate::class::lookup(t, crate::objects::str::new("__getitem__")).is_some()
        }
    }
}

/// `cls(message, exceptions)` for `BaseExceptionGroup`, `ExceptionGroup`
/// or a subclass (`BaseExceptionGroup.__new__`): a `BaseExceptionGroup`
/// of Exceptions only is an `ExceptionGroup`; `args` keeps every argument.
pub fn construct(cls: &'static TypeObj, args: Args) -> R<Value> {
    let [msg, seq] = args.pos else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.pos.len()
        )));
    };
    if !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            cls.name
        )));
    }
    let (msg, seq) = (*msg, *seq);
    if !object::isinstance(msg, &object::STR_TYPE) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            if object::is_none(msg) {
                "None"
            } else {
                object::type_name(msg)
            }
        )));
    }
    if !is_sequence(seq) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = dispatch::collect(seq)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, x) in items.iter().enumerate() {
        if x.kind() != Kind::Exception {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !object::isinstance(*x, &EXCEPTION) {
            nested_base = true;
        }
    }
    let mut cls = cls;
    if std::ptr::eq(cls, &BASE_EXCEPTION_GROUP) {
        if !nested_base {
            cls = &EXCEPTION_GROUP;
        }
    } else if std::ptr::eq(cls, &EXCEPTION_GROUP) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && cls.is_subtype(&EXCEPTION) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name
        )));
    }
    let excs = crate::objects::tuple::from_slice(&items);
    let e = exc::new_exception(cls, crate::objects::tuple::from_slice(args.pos));
    e.as_ref::<ExcObj>()
        .detail
        .set(crate::objects::tuple::from_slice(&[msg, excs]));
    Ok(e)
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`, the table's
/// `__new__` (`owner` is the type it was read through).
pub fn new(owner: Value, args: Args) -> R<Value> {
    let owner = owner.as_ref::<TypeObj>();
    let Some((&cls, rest)) = args.pos.split_first() else {
        return Err(type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.name
        )));
    };
    let Some(t) = cls.downcast::<TypeObj>() else {
        return Err(type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name,
            object::type_name(cls)
        )));
    };
    if !t.is_subtype(owner) {
        return Err(type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, t.name, t.name, owner.name
        )));
    }
    construct(
        t,
        Args {
            pos: rest,
            kwnames: args.kwnames,
            kwvals: args.kwvals,
        },
    )
}

/// What `split`/`subgroup` (and `except*`) match leaves against.
enum Matcher {
    /// An exception type or a tuple of them.
    Type(Value),
    /// A callable called with each exception.
    Predicate(Value),
    /// The leaves whose identities are listed (`except*`'s projection).
    Ids(Vec<Value>),
}

/// The matcher a `split`/`subgroup` argument gives.
fn matcher_of(v: Value) -> R<Matcher> {
    // Only functions are predicates (CPython's `PyFunction_Check`).
    if v.kind() == Kind::Func {
        return Ok(Matcher::Predicate(v));
    }
    if exc::is_exception_type(v) {
        return Ok(Matcher::Type(v));
    }
    if v.kind() == Kind::Tuple
        && std::ptr::eq(object::type_of(v), &object::TUPLE_TYPE)
        && crate::objects::tuple::items(v)
            .iter()
            .all(|x| exc::is_exception_type(*x))
    {
        return Ok(Matcher::Type(v));
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

fn matches(e: Value, m: &Matcher) -> R<bool> {
    match m {
        Matcher::Type(t) => exc::handling::matches(e, *t),
        Matcher::Predicate(f) => dispatch::truthy(dispatch::call(*f, Args::positional(&[e]))?),
        Matcher::Ids(ids) => Ok(!is_group_value(e) && ids.contains(&e)),
    }
}

/// The parts of a group `split` found: each null when empty.
struct Split {
    matched: Value,
    rest: Value,
}

fn split_recursive(e: Value, m: &Matcher, with_rest: bool) -> R<Split> {
    if matches(e, m)? {
        return Ok(Split {
            matched: e,
            rest: Value::NULL,
        });
    }
    let Some(eo) = e.downcast::<ExcObj>().filter(|eo| is_group(eo)) else {
        return Ok(Split {
            matched: Value::NULL,
            rest: if with_rest { e } else { Value::NULL },
        });
    };
    let mut matched = RootedVec::new();
    let mut rest = RootedVec::new();
    for x in exceptions(eo) {
        let s = split_recursive(*x, m, with_rest)?;
        if !s.matched.is_null() {
            matched.push(s.matched);
        }
        if !s.rest.is_null() {
            rest.push(s.rest);
        }
    }
    let matched = subset(e, &matched)?;
    let rest = if with_rest {
        subset(e, &rest)?
    } else {
        Value::NULL
    };
    Ok(Split { matched, rest })
}

/// A group like `orig` holding `excs` (null when `excs` is empty): built by
/// `orig.derive(excs)`, with `orig`'s traceback, cause, context and a copy
/// of its notes.
fn subset(orig: Value, excs: &[Value]) -> R<Value> {
    if excs.is_empty() {
        return Ok(Value::NULL);
    }
    let list = crate::objects::list::from_vec(excs.to_vec());
    let eg = dispatch::call_method(
        orig,
        crate::objects::str::new("derive"),
        Args::positional(&[list]),
    )?;
    let Some(new) = eg.downcast::<ExcObj>().filter(|x| is_group(x)) else {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    let o = orig.as_ref::<ExcObj>();
    *new.tb.borrow_mut() = o.tb.borrow().clone();
    if !o.context.get().is_null() {
        new.context.set(o.context.get());
    }
    // CPython sets the cause even when there is none, which suppresses
    // the context.
    new.cause.set(o.cause.get());
    new.suppress_context.set(true);
    let name = crate::objects::str::new("__notes__");
    match dispatch::getattr(orig, name) {
        Ok(notes) => {
            if is_sequence(notes) {
                let copy = dispatch::collect(notes)?;
                let l = crate::objects::list::from_vec(copy.to_vec());
                dispatch::setattr(eg, name, l)?;
            }
        }
        Err(_) if crate::exc::error::take_pending_if(&exc::ATTRIBUTE_ERROR) => {}
        Err(p) => return Err(p),
    }
    Ok(eg)
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        object::none()
    } else {
        v
    }
}

fn one_arg<'a>(m: &str, args: &Args<'a>) -> R<Value> {
    args.no_kwargs(&format!("BaseExceptionGroup.{m}"))?;
    match args.pos {
        [one] => Ok(*one),
        _ => Err(type_error(format!(
            "{m} expected 1 argument, got {}",
            args.pos.len()
        ))),
    }
}

/// `eg.split(condition)`: `(match, rest)`, each a group or None.
pub fn split(o: Value, args: Args) -> R<Value> {
    let m = matcher_of(one_arg("split", &args)?)?;
    let s = split_recursive(o, &m, true)?;
    Ok(crate::objects::tuple::from_slice(&[
        or_none(s.matched),
        or_none(s.rest),
    ]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
pub fn subgroup(o: Value, args: Args) -> R<Value> {
    let m = matcher_of(one_arg("subgroup", &args)?)?;
    Ok(or_none(split_recursive(o, &m, false)?.matched))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
pub fn derive(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("BaseExceptionGroup.derive")?;
    let [excs] = args.pos else {
        return Err(type_error(format!(
            "function takes exactly 1 argument ({} given)",
            args.pos.len()
        )));
    };
    construct(
        &BASE_EXCEPTION_GROUP,
        Args::positional(&[message(o), *excs]),
    )
}

// ---- except* ------------------------------------------------------------------------

/// Checks the type (or tuple of types) of an `except*` clause.
fn check_star_type(t: Value) -> R<()> {
    let one = |x: Value| -> R<()> {
        if !exc::is_exception_type(x) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        if x.as_ref::<TypeObj>().is_subtype(&BASE_EXCEPTION_GROUP) {
            return Err(type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    };
    if t.kind() == Kind::Tuple {
        for x in crate::objects::tuple::items(t) {
            one(*x)?;
        }
        Ok(())
    } else {
        one(t)
    }
}

/// One `except* T` clause against `rest` (what earlier clauses left; None
/// once everything matched): `(match, rest)`, where `match` is None when
/// the clause does not run. A naked exception that matches is wrapped in
/// a group with message `''`; a group that matches as a whole is itself
/// the match; otherwise the group is split with its `split` method.
pub fn star_match(rest: Value, t: Value) -> R<(Value, Value)> {
    check_star_type(t)?;
    let none = object::none();
    if object::is_none(rest) || rest.is_null() {
        return Ok((none, none));
    }
    if exc::handling::matches(rest, t)? {
        if is_group_value(rest) {
            return Ok((rest, none));
        }
        let excs = crate::objects::tuple::from_slice(&[rest]);
        let wrapped = construct(
            &BASE_EXCEPTION_GROUP,
            Args::positional(&[crate::objects::str::new(""), excs]),
        )?;
        return Ok((wrapped, none));
    }
    if !is_group_value(rest) {
        return Ok((none, rest));
    }
    let pair = dispatch::call_method(
        rest,
        crate::objects::str::new("split"),
        Args::positional(&[t]),
    )?;
    if pair.kind() != Kind::Tuple || !std::ptr::eq(object::type_of(pair), &object::TUPLE_TYPE) {
        return Err(type_error(format!(
            "{}.split must return a tuple, not {}",
            object::type_name(rest),
            object::type_name(pair)
        )));
    }
    match crate::objects::tuple::items(pair) {
        [m, r] => Ok((*m, *r)),
        items => Err(type_error(format!(
            "{}.split must return a 2-tuple, got tuple of size {}",
            object::type_name(rest),
            items.len()
        ))),
    }
}

/// The leaves (non-group exceptions) of `e`, in order.
fn leaves(e: Value, out: &mut Vec<Value>) {
    match e.downcast::<ExcObj>().filter(|x| is_group(x)) {
        Some(g) => {
            for x in exceptions(g) {
                leaves(*x, out);
            }
        }
        None => out.push(e),
    }
}

/// True if `a` is `orig` re-raised: the same traceback, cause and context.
fn same_metadata(a: Value, orig: Value) -> bool {
    let (Some(x), Some(y)) = (a.downcast::<ExcObj>(), orig.downcast::<ExcObj>()) else {
        return false;
    };
    let same_tb = {
        let (p, q) = (x.tb.borrow(), y.tb.borrow());
        p.len() == q.len()
            && p.iter().zip(q.iter()).all(|(a, b)| {
                std::ptr::eq(a.info, b.info) && a.site == b.site && a.at_callee == b.at_callee
            })
    };
    same_tb && x.cause.get() == y.cause.get() && x.context.get() == y.context.get()
}

/// What an `except*` statement raises once its clauses ran (CPython's
/// `_PyExc_PrepReraiseStar`): `raised` holds what each clause raised and,
/// last, the unmatched rest (None entries are skipped). None when
/// nothing is left. The parts of `orig` re-raised unchanged are kept in
/// `orig`'s own structure; new exceptions come first, in one group with
/// message `''` if there is more than one.
pub fn prep_reraise(orig: Value, raised: &[Value]) -> R<Value> {
    let none = object::none();
    if raised.is_empty() {
        return Ok(none);
    }
    if !is_group_value(orig) {
        // A naked exception: only one clause can have run.
        return Ok(raised[0]);
    }
    let mut new = RootedVec::new();
    let mut keep_ids = Vec::new();
    for e in raised {
        if object::is_none(*e) || e.is_null() {
            continue;
        }
        if same_metadata(*e, orig) {
            leaves(*e, &mut keep_ids);
        } else {
            new.push(*e);
        }
    }
    let kept = if keep_ids.is_empty() {
        Value::NULL
    } else {
        split_recursive(orig, &Matcher::Ids(keep_ids), false)?.matched
    };
    if new.is_empty() {
        return Ok(or_none(kept));
    }
    if !kept.is_null() {
        new.push(kept);
    }
    if new.len() == 1 {
        return Ok(new[0]);
    }
    let list = crate::objects::list::from_vec(new.to_vec());
    construct(
        &BASE_EXCEPTION_GROUP,
        Args::positional(&[crate::objects::str::new(""), list]),
    )
}
