//! The methods that change a bytearray in place (`append`, `extend`,
//! `insert`, `pop`, `remove`, `reverse`, `clear`, `copy`) and the rule
//! that a bytearray exported to a memoryview cannot change size.

use super::{byte_arg, bytearray, data, ByteArrayObj};
use crate::exc::error::{index_error, raise, type_error, value_error, R};
use crate::object::{self, type_name};
use crate::objects::slice;
use crate::protocol::args::Args;
use crate::value::Value;

/// CPython's BufferError when a bytearray with live memoryviews would
/// change size.
pub fn check_resize(ba: &ByteArrayObj) -> R<()> {
    if ba.exports.get() > 0 {
        return Err(raise(
            &crate::exc::BUFFER_ERROR,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// `append(item)`
pub fn append(o: Value, args: Args) -> R<Value> {
    let v = args.positional_range("bytearray.append", 1, 1)?[0];
    let b = byte_arg(v)?;
    let ba = bytearray(o);
    check_resize(ba)?;
    ba.data.borrow_mut().push(b);
    Ok(object::none())
}

/// `extend(iterable_of_ints)`: any bytes-like value or iterable of ints.
pub fn extend(o: Value, args: Args) -> R<Value> {
    let v = args.positional_range("bytearray.extend", 1, 1)?[0];
    let new = match data(v) {
        Some(d) => d.into_owned(),
        None => {
            if crate::protocol::dispatch::iter(v).is_err() {
                crate::exc::error::take_pending();
                return Err(type_error(format!(
                    "can't extend bytearray with {}",
                    type_name(v)
                )));
            }
            let items = crate::protocol::dispatch::collect(v)?;
            items.iter().map(|&x| byte_arg(x)).collect::<R<Vec<u8>>>()?
        }
    };
    let ba = bytearray(o);
    if !new.is_empty() {
        check_resize(ba)?;
    }
    ba.data.borrow_mut().extend_from_slice(&new);
    Ok(object::none())
}

/// `insert(index, item)`
pub fn insert(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("bytearray.insert")?;
    let a = args.positional_range("insert", 2, 2)?;
    let i = slice::index_arg(a[0])?;
    let b = byte_arg(a[1])?;
    let ba = bytearray(o);
    check_resize(ba)?;
    let mut d = ba.data.borrow_mut();
    let n = d.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert(at as usize, b);
    Ok(object::none())
}

/// `pop(index=-1)`
pub fn pop(o: Value, args: Args) -> R<Value> {
    args.no_kwargs("bytearray.pop")?;
    let a = args.positional_range("pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => slice::index_arg(*v)?,
        None => -1,
    };
    let ba = bytearray(o);
    let n = ba.data.borrow().len();
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(index_error("pop index out of range"));
    }
    check_resize(ba)?;
    let b = ba.data.borrow_mut().remove(j as usize);
    Ok(Value::from_small(b as i64))
}

/// `remove(value)`: the first occurrence.
pub fn remove(o: Value, args: Args) -> R<Value> {
    let v = args.positional_range("bytearray.remove", 1, 1)?[0];
    let b = byte_arg(v)?;
    let ba = bytearray(o);
    let at = ba.data.borrow().iter().position(|&c| c == b);
    let Some(at) = at else {
        return Err(value_error("value not found in bytearray"));
    };
    check_resize(ba)?;
    ba.data.borrow_mut().remove(at);
    Ok(object::none())
}

/// `reverse()`
pub fn reverse(o: Value, args: Args) -> R<Value> {
    args.positional_range("bytearray.reverse", 0, 0)?;
    bytearray(o).data.borrow_mut().reverse();
    Ok(object::none())
}

/// `clear()`
pub fn clear(o: Value, args: Args) -> R<Value> {
    args.positional_range("bytearray.clear", 0, 0)?;
    let ba = bytearray(o);
    check_resize(ba)?;
    ba.data.borrow_mut().clear();
    Ok(object::none())
}

/// `copy()`
pub fn copy(o: Value, args: Args) -> R<Value> {
    args.positional_range("bytearray.copy", 0, 0)?;
    let d = bytearray(o).data.borrow().clone();
    Ok(super::new_bytearray(d))
}

/// `bytearray.__reduce_ex__(protocol)`: the class, its bytes (as a
/// Latin-1 str and the codec's name before protocol 3), `__getstate__()`.
pub fn reduce_ex(o: Value, args: Args) -> R<Value> {
    let p = args.positional_range("bytearray.__reduce_ex__", 0, 1)?;
    let protocol = match p.first() {
        Some(&v) => crate::protocol::num::index(v)?,
        None => 0,
    };
    reduction(o, protocol)
}

/// `bytearray.__reduce__()`: the reduction for protocol 0.
pub fn reduce(o: Value, args: Args) -> R<Value> {
    args.positional_range("bytearray.__reduce__", 0, 0)?;
    reduction(o, 0)
}

fn reduction(o: Value, protocol: i64) -> R<Value> {
    let bytes = data(crate::class::instance::unwrap(o)).unwrap_or_default();
    let args = if bytes.is_empty() {
        crate::objects::tuple::from_slice(&[])
    } else if protocol < 3 {
        let text: String = bytes.iter().map(|&b| char::from(b)).collect();
        crate::objects::tuple::from_slice(&[
            crate::objects::str::from_string(text),
            crate::objects::str::new("latin-1"),
        ])
    } else {
        crate::objects::tuple::from_slice(&[super::new_bytes(&bytes)])
    };
    let state = crate::class::reduce::state_of(o, false)?;
    Ok(crate::objects::tuple::from_slice(&[
        object::type_of(o).value(),
        args,
        state,
    ]))
}
