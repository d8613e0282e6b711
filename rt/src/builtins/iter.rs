//! Built-in functions that consume or wrap iterables: `min`, `max`, `sum`,
//! `sorted`, `any`, `all`, `reversed`, `enumerate`, `zip`, `map`, `filter`.

use crate::builtins::args::{bind_clinic, check_count, check_positional};
use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, Kind};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::value::Value;
use crate::{objects::float, objects::int, objects::iter, protocol::dispatch, protocol::num};
use alrt_abi::ops::{BinOp, CmpOp};

/// `min(iterable, *[, default, key])` / `min(a, b, *args[, key])`
pub static MIN: BuiltinObj = BuiltinObj::new("min", min);
/// `max(iterable, *[, default, key])` / `max(a, b, *args[, key])`
pub static MAX: BuiltinObj = BuiltinObj::new("max", max);
/// `sum(iterable, /, start=0)`
pub static SUM: BuiltinObj = BuiltinObj::new("sum", sum);
/// `sorted(iterable, /, *, key=None, reverse=False)`
pub static SORTED: BuiltinObj = BuiltinObj::new("sorted", sorted);
/// `any(iterable)`
pub static ANY: BuiltinObj = BuiltinObj::new("any", any);
/// `all(iterable)`
pub static ALL: BuiltinObj = BuiltinObj::new("all", all);
/// `reversed(sequence)`
pub static REVERSED: BuiltinObj = BuiltinObj::new("reversed", reversed);
/// `enumerate(iterable, start=0)`
pub static ENUMERATE: BuiltinObj = BuiltinObj::new("enumerate", enumerate);
/// `zip(*iterables, strict=False)`
pub static ZIP: BuiltinObj = BuiltinObj::new("zip", zip);
/// `map(function, iterable, *iterables)`
pub static MAP: BuiltinObj = BuiltinObj::new("map", map);
/// `filter(function, iterable)`
pub static FILTER: BuiltinObj = BuiltinObj::new("filter", filter);

fn min(args: Args) -> R<Value> {
    min_max(args, "min", CmpOp::Lt)
}

fn max(args: Args) -> R<Value> {
    min_max(args, "max", CmpOp::Gt)
}

/// `min`/`max`: an item replaces the best so far only if `item op best`
/// (strictly), so the first of equal items wins, as in CPython.
fn min_max(args: Args, fname: &str, op: CmpOp) -> R<Value> {
    if args.pos.is_empty() {
        return Err(type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    }
    let nkw = args.kwnames.len();
    if nkw > 2 {
        return Err(type_error(format!(
            "{fname}() takes at most 2 keyword arguments ({nkw} given)"
        )));
    }
    let (mut key, mut default) = (None, None);
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "key" => key = Some(*v).filter(|v| !object::is_none(*v)),
            "default" => default = Some(*v),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    if args.pos.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {fname}() with multiple positional arguments"
        )));
    }
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |item: Value| -> R<()> {
        let k = match key {
            Some(f) => dispatch::call(f, Args::positional(&[item]))?,
            None => item,
        };
        let better = match best {
            None => true,
            Some((_, best_key)) => beats(k, best_key, op)?,
        };
        if better {
            best = Some((item, k));
        }
        Ok(())
    };
    if let ([l], None) = (args.pos, key) {
        // A float list's items are never NaN: plain f64 comparisons give
        // `<`'s answers, and the first of equal items wins.
        let best = crate::objects::list::ops::with_float_items(*l, |xs| {
            let mut it = xs.iter().copied();
            let first = it.next()?;
            Some(it.fold(first, |b, x| {
                let better = if op == CmpOp::Lt { x < b } else { x > b };
                if better {
                    x
                } else {
                    b
                }
            }))
        });
        if let Some(Some(b)) = best {
            return Ok(float::new(b));
        }
    }
    if let [iterable] = args.pos {
        let it = dispatch::iter(*iterable)?;
        while let Some(item) = dispatch::next(it)? {
            consider(item)?;
        }
    } else {
        for item in args.pos {
            consider(*item)?;
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(format!("{fname}() arg is an empty sequence"))),
    }
}

/// `a op b` with a fast path for two small ints.
#[inline]
fn beats(a: Value, b: Value, op: CmpOp) -> R<bool> {
    if a.is_small() && b.is_small() {
        return Ok(op.test(a.small().cmp(&b.small())));
    }
    dispatch::compare_bool(a, b, op)
}

fn sum(args: Args) -> R<Value> {
    let npos = args.pos.len();
    let total = npos + args.kwnames.len();
    if total > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({total} given)"
        )));
    }
    if npos == 0 {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let mut start = args.pos.get(1).copied();
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "start" if npos < 2 => start = Some(*v),
            "start" => {
                return Err(type_error(
                    "argument for sum() given by name ('start') and position (2)",
                ))
            }
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sum()"
                )))
            }
        }
    }
    let start = start.unwrap_or(Value::from_small(0));
    if start.kind() == Kind::Str {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    sum_values(args.pos[0], start)
}

/// Left-to-right `+` over the items, as CPython 3.11 does (no compensated
/// float summation before 3.12), with CPython's fast paths: ints that fit a
/// machine word, then floats, are accumulated without boxing.
pub fn sum_values(iterable: Value, start: Value) -> R<Value> {
    // A float list from a float start or a small int one that converts
    // exactly: the same additions as the loops below, without boxing.
    let acc = match start.kind() {
        Kind::Float => Some(float::value(start)),
        _ if start.is_small() && start.small().unsigned_abs() <= 1 << 53 => {
            Some(start.small() as f64)
        }
        _ => None,
    };
    if let Some(acc) = acc {
        let total = crate::objects::list::ops::with_float_items(iterable, |xs| {
            (!xs.is_empty()).then(|| xs.iter().fold(acc, |a, &x| a + x))
        });
        if let Some(Some(t)) = total {
            return Ok(float::new(t));
        }
    }
    let it = dispatch::iter(iterable)?;
    let mut result = start;
    if result.kind() == Kind::Int {
        if let Some(mut acc) = int::as_i64(result) {
            loop {
                let Some(x) = dispatch::next(it)? else {
                    return Ok(int::from_i64(acc));
                };
                let b = match x.kind() {
                    _ if x.is_small() => Some(x.small()),
                    Kind::Bool => Some(num::bool_value(x) as i64),
                    Kind::Int => int::as_i64(x),
                    _ => None,
                };
                if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                    acc = s;
                    continue;
                }
                result = dispatch::binop(BinOp::Add, int::from_i64(acc), x)?;
                break;
            }
        }
    }
    if result.kind() == Kind::Float {
        let mut acc = float::value(result);
        loop {
            let Some(x) = dispatch::next(it)? else {
                return Ok(float::new(acc));
            };
            let b = match x.kind() {
                Kind::Float => Some(float::value(x)),
                _ if x.is_small() => Some(x.small() as f64),
                Kind::Bool => Some(num::bool_value(x) as i64 as f64),
                Kind::Int => int::as_i64(x).map(|i| i as f64),
                _ => None,
            };
            if let Some(b) = b {
                acc += b;
                continue;
            }
            result = dispatch::binop(BinOp::Add, float::new(acc), x)?;
            break;
        }
    }
    while let Some(x) = dispatch::next(it)? {
        result = dispatch::binop(BinOp::Add, result, x)?;
    }
    Ok(result)
}

fn sorted(args: Args) -> R<Value> {
    check_count("sorted", args.pos.len(), 1, 1)?;
    let list = crate::objects::list::from_vec(dispatch::collect(args.pos[0])?.into_vec());
    // The keywords are list.sort's, checked after the list is built.
    let nkw = args.kwnames.len();
    if nkw > 2 {
        return Err(type_error(format!(
            "sort() takes at most 2 keyword arguments ({nkw} given)"
        )));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "key" => key = Some(*v).filter(|v| !object::is_none(*v)),
            "reverse" => reverse = int_flag(*v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    crate::objects::list::ops::sort(list, key, reverse)?;
    Ok(list)
}

/// A flag CPython parses as a C int (`reverse=`): ints only.
pub fn int_flag(v: Value) -> R<bool> {
    match int::as_i64(num::int_arg(v)?) {
        Some(n) if i32::try_from(n).is_ok() => Ok(n != 0),
        _ => Err(overflow_error("Python int too large to convert to C int")),
    }
}

fn any(args: Args) -> R<Value> {
    let v = args.positional_range("any", 1, 1)?[0];
    let it = dispatch::iter(v)?;
    while let Some(x) = dispatch::next(it)? {
        if dispatch::truthy(x)? {
            return Ok(object::boolean(true));
        }
    }
    Ok(object::boolean(false))
}

fn all(args: Args) -> R<Value> {
    let v = args.positional_range("all", 1, 1)?[0];
    let it = dispatch::iter(v)?;
    while let Some(x) = dispatch::next(it)? {
        if !dispatch::truthy(x)? {
            return Ok(object::boolean(false));
        }
    }
    Ok(object::boolean(true))
}

fn reversed(args: Args) -> R<Value> {
    let pos = check_positional("reversed", &args, 1, 1)?;
    iter::reversed(pos[0])
}

fn enumerate(args: Args) -> R<Value> {
    // CPython's own wording when `iterable` is missing (no "(pos 1)", and a
    // keyword given instead is reported as invalid).
    let has_iterable = || {
        args.kwnames
            .iter()
            .any(|k| crate::objects::str::as_str(*k) == "iterable")
    };
    if args.pos.is_empty() && !has_iterable() {
        return Err(type_error(match args.kwnames.first() {
            None => "enumerate() missing required argument 'iterable'".to_string(),
            Some(k) => format!(
                "'{}' is an invalid keyword argument for enumerate()",
                crate::objects::str::as_str(*k)
            ),
        }));
    }
    let [iterable, start] = bind_clinic("enumerate", &args, ["iterable", "start"], 0, 1)?;
    let iterable = iterable.unwrap_or_else(object::none);
    let start = match start {
        None => Value::from_small(0),
        Some(s) => num::int_arg(s)?,
    };
    iter::enumerate(iterable, start)
}

fn zip(args: Args) -> R<Value> {
    let nkw = args.kwnames.len();
    if nkw > 1 {
        return Err(type_error(format!(
            "zip() takes at most 1 keyword argument ({nkw} given)"
        )));
    }
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvals) {
        match crate::objects::str::as_str(*k) {
            "strict" => strict = dispatch::truthy(*v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for zip()"
                )))
            }
        }
    }
    iter::zip(args.pos, strict)
}

fn map(args: Args) -> R<Value> {
    args.no_kwargs("map")?;
    if args.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    iter::map(args.pos[0], &args.pos[1..])
}

fn filter(args: Args) -> R<Value> {
    let pos = check_positional("filter", &args, 2, 2)?;
    iter::filter(pos[0], pos[1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{call, call_kw, i, repr_or_err, t};

    #[test]
    fn min_max_forms() {
        assert_eq!(call(&MIN, &[i(3), i(1), i(2)]), Ok(i(1)));
        assert_eq!(call(&MAX, &[t(&[i(3), i(1), i(5)])]), Ok(i(5)));
        assert_eq!(
            call(&MIN, &[]).unwrap_err(),
            "TypeError: min expected at least 1 argument, got 0"
        );
        assert_eq!(
            call(&MAX, &[t(&[])]).unwrap_err(),
            "ValueError: max() arg is an empty sequence"
        );
        assert_eq!(call_kw(&MAX, &[t(&[])], &[("default", i(7))]), Ok(i(7)));
        assert_eq!(
            call_kw(&MAX, &[i(1), i(2)], &[("default", i(7))]).unwrap_err(),
            "TypeError: Cannot specify a default for max() with multiple positional arguments"
        );
        assert_eq!(
            call_kw(&MIN, &[i(1), i(2)], &[("foo", i(7))]).unwrap_err(),
            "TypeError: 'foo' is an invalid keyword argument for min()"
        );
        assert_eq!(
            call_kw(
                &MIN,
                &[t(&[i(1)])],
                &[("default", i(2)), ("key", object::none()), ("foo", i(1))]
            )
            .unwrap_err(),
            "TypeError: min() takes at most 2 keyword arguments (3 given)"
        );
        assert_eq!(
            call(&MAX, &[i(1)]).unwrap_err(),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            call_kw(&MAX, &[i(1), i(2)], &[("key", object::none())]),
            Ok(i(2))
        );
        assert_eq!(
            call_kw(&MAX, &[i(1), i(2)], &[("key", i(1))]).unwrap_err(),
            "TypeError: 'int' object is not callable"
        );
    }

    #[test]
    fn min_max_keep_the_first_of_equals() {
        let a = crate::objects::float::new(1.0);
        let b = i(1);
        assert_eq!(call(&MAX, &[a, b]), Ok(a));
        assert_eq!(call(&MIN, &[b, a]), Ok(b));
    }

    #[test]
    fn sum_paths() {
        assert_eq!(call(&SUM, &[t(&[i(1), i(2), i(3)])]), Ok(i(6)));
        let big = i(crate::value::SMALL_MAX);
        assert_eq!(
            repr_or_err(call(&SUM, &[t(&[big, big, big])])),
            (3 * (crate::value::SMALL_MAX as i128)).to_string()
        );
        let tenth = crate::objects::float::new(0.1);
        assert_eq!(
            repr_or_err(call(&SUM, &[t(&[tenth; 10])])),
            "0.9999999999999999"
        );
        assert_eq!(
            repr_or_err(call(
                &SUM,
                &[t(&[
                    i(1),
                    crate::objects::float::new(2.5),
                    object::boolean(true)
                ])]
            )),
            "4.5"
        );
        assert_eq!(
            repr_or_err(call_kw(&SUM, &[t(&[i(1)])], &[("start", i(2))])),
            "3"
        );
        assert_eq!(
            repr_or_err(call(&SUM, &[t(&[]), crate::objects::float::new(0.0)])),
            "0.0"
        );
        assert_eq!(
            repr_or_err(call(
                &SUM,
                &[t(&[object::boolean(true), object::boolean(true)])]
            )),
            "2"
        );
        assert_eq!(
            call(&SUM, &[]).unwrap_err(),
            "TypeError: sum() takes at least 1 positional argument (0 given)"
        );
        assert_eq!(
            call_kw(&SUM, &[], &[("foo", i(1))]).unwrap_err(),
            "TypeError: sum() takes at least 1 positional argument (0 given)"
        );
        assert_eq!(
            call(&SUM, &[t(&[]), crate::objects::str::new("")]).unwrap_err(),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
        );
        assert_eq!(
            call_kw(&SUM, &[t(&[])], &[("foo", i(2))]).unwrap_err(),
            "TypeError: 'foo' is an invalid keyword argument for sum()"
        );
        assert_eq!(
            call_kw(&SUM, &[t(&[]), i(1)], &[("start", i(2))]).unwrap_err(),
            "TypeError: sum() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            call(&SUM, &[i(1)]).unwrap_err(),
            "TypeError: 'int' object is not iterable"
        );
    }

    #[test]
    fn sorted_builds_then_sorts() {
        let tup = t(&[i(3), i(1), i(2)]);
        assert_eq!(repr_or_err(call(&SORTED, &[tup])), "[1, 2, 3]");
        assert_eq!(
            repr_or_err(call_kw(
                &SORTED,
                &[tup],
                &[("reverse", object::boolean(true))]
            )),
            "[3, 2, 1]"
        );
        assert_eq!(
            call(&SORTED, &[]).unwrap_err(),
            "TypeError: sorted expected 1 argument, got 0"
        );
        assert_eq!(
            call(&SORTED, &[tup, tup]).unwrap_err(),
            "TypeError: sorted expected 1 argument, got 2"
        );
        assert_eq!(
            call_kw(&SORTED, &[tup], &[("foo", i(1))]).unwrap_err(),
            "TypeError: 'foo' is an invalid keyword argument for sort()"
        );
        assert_eq!(
            call_kw(&SORTED, &[tup], &[("reverse", object::none())]).unwrap_err(),
            "TypeError: 'NoneType' object cannot be interpreted as an integer"
        );
    }

    #[test]
    fn any_all() {
        let tup = t(&[i(0), i(2)]);
        assert_eq!(call(&ANY, &[tup]), Ok(object::boolean(true)));
        assert_eq!(call(&ALL, &[tup]), Ok(object::boolean(false)));
        assert_eq!(call(&ALL, &[t(&[])]), Ok(object::boolean(true)));
        assert_eq!(
            call(&ANY, &[]).unwrap_err(),
            "TypeError: any() takes exactly one argument (0 given)"
        );
    }

    #[test]
    fn wrapper_argument_errors() {
        assert_eq!(
            call(&MAP, &[i(1)]).unwrap_err(),
            "TypeError: map() must have at least two arguments."
        );
        assert_eq!(
            call(&FILTER, &[i(1)]).unwrap_err(),
            "TypeError: filter expected 2 arguments, got 1"
        );
        assert_eq!(
            call(&REVERSED, &[]).unwrap_err(),
            "TypeError: reversed expected 1 argument, got 0"
        );
        assert_eq!(
            call(&ENUMERATE, &[]).unwrap_err(),
            "TypeError: enumerate() missing required argument 'iterable'"
        );
        assert_eq!(
            call_kw(&ZIP, &[], &[("x", i(1))]).unwrap_err(),
            "TypeError: 'x' is an invalid keyword argument for zip()"
        );
    }
}
