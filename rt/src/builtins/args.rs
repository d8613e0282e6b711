//! Argument checking shared by the built-in functions and constructors,
//! with CPython's messages: positional counts, Argument Clinic-style binding,
//! optional arguments, and integer checks.

use crate::exc::error::{type_error, Pending, R};
use crate::object::{self, type_name, Kind};
use crate::protocol::args::Args;
use crate::value::Value;

/// Checks the positional count of a function that takes no keywords, with
/// the messages of CPython's `_PyArg_CheckPositional` ("sorted expected 1
/// argument, got 0", "range expected at most 3 arguments, got 4").
pub fn check_positional<'a>(
    fname: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> R<&'a [Value]> {
    args.no_kwargs(fname)?;
    check_count(fname, args.pos.len(), min, max)?;
    Ok(args.pos)
}

/// The positional-count half of `check_positional`.
pub fn check_count(fname: &str, n: usize, min: usize, max: usize) -> R<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{fname} expected {at}{min} argument{}, got {n}",
            s(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{fname} expected {at}{max} argument{}, got {n}",
            s(max)
        )));
    }
    Ok(())
}

/// Binds arguments to `names` the way CPython's Argument Clinic does for
/// built-ins (its messages differ from those for Al functions): the first
/// `nposonly` names are positional-only, the first `required` must be given.
pub fn bind_clinic<const N: usize>(
    fname: &str,
    args: &Args,
    names: [&str; N],
    nposonly: usize,
    required: usize,
) -> R<[Option<Value>; N]> {
    let npos = args.pos.len();
    let total = npos + args.kwnames.len();
    if total > N {
        // Clinic says "keyword arguments" when all of them are keywords.
        return Err(type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({total} given)",
            if npos == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" }
        )));
    }
    let (out, used) = fill_clinic(args, &names, nposonly);
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    clinic_keywords(fname, args, &names, nposonly, npos, used)?;
    Ok(out)
}

/// The positional arguments in order, then each parameter from the first
/// keyword-capable one that a keyword names; how many keywords were used.
pub fn fill_clinic<const N: usize>(
    args: &Args,
    names: &[&str; N],
    nposonly: usize,
) -> ([Option<Value>; N], usize) {
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(args.pos) {
        *slot = Some(*v);
    }
    let mut used = 0;
    for i in args.pos.len().max(nposonly)..N {
        let found = args
            .kwnames
            .iter()
            .position(|k| crate::objects::str::as_str(*k) == names[i]);
        if let Some(j) = found {
            out[i] = Some(args.kwvals[j]);
            used += 1;
        }
    }
    (out, used)
}

/// Argument Clinic's TypeError for the keywords that were not bound (`used`
/// of them were): one naming a parameter already given by position (one of
/// the first `npos`), or one that names no keyword parameter.
pub fn clinic_keywords(
    fname: &str,
    args: &Args,
    names: &[&str],
    nposonly: usize,
    npos: usize,
    used: usize,
) -> R<()> {
    if used >= args.kwnames.len() {
        return Ok(());
    }
    for k in args.kwnames {
        let k = crate::objects::str::as_str(*k);
        match names.iter().position(|n| *n == k) {
            Some(i) if i >= nposonly && i < npos => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) if i >= nposonly => {}
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(())
}

/// `None` for a missing or `None` optional argument.
pub fn opt(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !object::is_none(*v))
}

/// The one argument of a METH_O builtin ("len() takes exactly one argument").
pub(crate) fn one<'a>(fname: &str, args: &Args<'a>) -> R<Value> {
    Ok(args.positional_range(fname, 1, 1)?[0])
}

pub fn none() -> R<Value> {
    Ok(object::none())
}

/// True for int and bool values.
pub fn is_int(v: Value) -> bool {
    matches!(v.kind(), Kind::Int | Kind::Bool)
}

/// The TypeError for a non-integer where an index is needed.
pub fn not_an_integer(v: Value) -> Pending {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}
