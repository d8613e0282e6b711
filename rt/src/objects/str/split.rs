//! `str.split`, `str.rsplit`, `str.splitlines` and `str.join`: one pass
//! over the text, results built straight into the list or string.

use crate::exc::error::{overflow_error, type_error, value_error, R};
use crate::object::{self, type_name, Kind};
use crate::objects::str::methods::{
    bind_kw, is_ascii_space, piece_value, ssize_arg, str_arg, ListBuilder,
};
use crate::objects::str::ops::find_str;
use crate::objects::str::{self as pystr, as_str, StrObj};
use crate::protocol::args::Args;
use crate::value::Value;

/// `s.split(sep, maxsplit)` and `s.rsplit(sep, maxsplit)`.
pub fn split(o: Value, args: Args, right: bool) -> R<Value> {
    let name = if right { "rsplit" } else { "split" };
    let [sep, maxsplit] = bind_kw(&args, name, ["sep", "maxsplit"])?;
    let maxsplit = match maxsplit {
        Some(m) => ssize_arg(m)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let s = o.as_ref::<StrObj>();
    match sep {
        Some(sep) if !object::is_none(sep) => {
            let sep = str_arg(sep, || {
                format!("must be str or None, not {}", type_name(sep))
            })?;
            if sep.text().is_empty() {
                return Err(value_error("empty separator"));
            }
            Ok(split_sep(o, s, sep.text(), maxsplit, right))
        }
        _ => Ok(split_whitespace(o, s, maxsplit, right)),
    }
}

fn split_sep(o: Value, s: &StrObj, sep: &str, maxsplit: usize, right: bool) -> Value {
    let text: &str = s.text();
    let ascii = s.is_ascii();
    if find_str(text, sep).is_none() || maxsplit == 0 {
        let out = ListBuilder::new(1);
        out.push(o);
        return out.list;
    }
    let out = ListBuilder::new(8);
    if right {
        // Collect from the right, then reverse in place.
        let limit = maxsplit.saturating_add(1);
        for piece in text.rsplitn(limit, sep) {
            out.push(piece_value(piece, ascii));
        }
        crate::objects::list::obj(out.list)
            .items
            .borrow_mut()
            .reverse();
    } else if sep.len() == 1 {
        let b = sep.as_bytes()[0];
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut splits = 0;
        while splits < maxsplit {
            match bytes[start..].iter().position(|&x| x == b) {
                Some(i) => {
                    out.push(piece_value(&text[start..start + i], ascii));
                    start += i + 1;
                    splits += 1;
                }
                None => break,
            }
        }
        out.push(piece_value(&text[start..], ascii));
    } else {
        let limit = maxsplit.saturating_add(1);
        for piece in text.splitn(limit, sep) {
            out.push(piece_value(piece, ascii));
        }
    }
    out.list
}

fn split_whitespace(o: Value, s: &StrObj, maxsplit: usize, right: bool) -> Value {
    let out = ListBuilder::new(8);
    let text: &str = s.text();
    if s.is_ascii() {
        let b = text.as_bytes();
        if !right {
            let mut i = 0;
            let mut splits = 0;
            loop {
                while i < b.len() && is_ascii_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if splits == maxsplit {
                    // The rest, trailing whitespace included.
                    if i == 0 {
                        out.push(o);
                    } else {
                        out.push(piece_value(&text[i..], true));
                    }
                    break;
                }
                let start = i;
                while i < b.len() && !is_ascii_space(b[i]) {
                    i += 1;
                }
                if start == 0 && i == b.len() {
                    out.push(o);
                } else {
                    out.push(piece_value(&text[start..i], true));
                }
                splits += 1;
            }
        } else {
            let mut i = b.len();
            let mut splits = 0;
            loop {
                while i > 0 && is_ascii_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if splits == maxsplit {
                    out.push(piece_value(&text[..i], true));
                    break;
                }
                let end = i;
                while i > 0 && !is_ascii_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(piece_value(&text[i..end], true));
                splits += 1;
            }
            crate::objects::list::obj(out.list)
                .items
                .borrow_mut()
                .reverse();
        }
        return out.list;
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let sp = |k: usize| crate::text::unicode::is_space(chars[k].1);
    let at = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    if !right {
        let mut i = 0;
        let mut splits = 0;
        loop {
            while i < chars.len() && sp(i) {
                i += 1;
            }
            if i == chars.len() {
                break;
            }
            if splits == maxsplit {
                out.push(piece_value(&text[at(i)..], false));
                break;
            }
            let start = i;
            while i < chars.len() && !sp(i) {
                i += 1;
            }
            out.push(piece_value(&text[at(start)..at(i)], false));
            splits += 1;
        }
    } else {
        let mut i = chars.len();
        let mut splits = 0;
        loop {
            while i > 0 && sp(i - 1) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if splits == maxsplit {
                out.push(piece_value(&text[..at(i)], false));
                break;
            }
            let end = i;
            while i > 0 && !sp(i - 1) {
                i -= 1;
            }
            out.push(piece_value(&text[at(i)..at(end)], false));
            splits += 1;
        }
        crate::objects::list::obj(out.list)
            .items
            .borrow_mut()
            .reverse();
    }
    out.list
}

/// `s.splitlines(keepends)`
pub fn splitlines(o: Value, args: Args) -> R<Value> {
    let [keepends] = bind_kw(&args, "splitlines", ["keepends"])?;
    let keepends = match keepends {
        Some(k) => {
            let i = match ssize_arg(k) {
                Ok(i) => i,
                // Raising again replaces the pending ssize_t OverflowError.
                Err(_) if k.kind() == Kind::Int => {
                    return Err(overflow_error("Python int too large to convert to C int"));
                }
                Err(e) => return Err(e),
            };
            if i32::try_from(i).is_err() {
                return Err(overflow_error("Python int too large to convert to C int"));
            }
            i != 0
        }
        None => false,
    };
    let s = o.as_ref::<StrObj>();
    let text: &str = s.text();
    let ascii = s.is_ascii();
    let out = ListBuilder::new(8);
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        let line = if keepends {
            &text[start..end]
        } else {
            &text[start..i]
        };
        if start == 0 && end == text.len() && keepends {
            out.push(o);
        } else {
            out.push(piece_value(line, ascii));
        }
        start = end;
    }
    if start < text.len() {
        if start == 0 {
            out.push(o);
        } else {
            out.push(piece_value(&text[start..], ascii));
        }
    }
    Ok(out.list)
}

// ====================== join ======================

/// `sep.join(iterable)`: one pass to size the result, one to copy.
pub fn join(sep: Value, iterable: Value) -> R<Value> {
    match iterable.kind() {
        Kind::List => {
            // Copy the item words out: nothing below runs Al code, but the
            // result allocation must not happen under the list's borrow. A
            // few words go to the stack (`"".join(parts)` of a short list
            // spent a third of its time copying to and freeing a Vec).
            let list = &crate::objects::list::obj(iterable).items;
            let mut few = [Value::NULL; 8];
            let n = list.len();
            if n <= few.len() {
                few[..n].copy_from_slice(&list.borrow());
                return join_slice(sep, &few[..n]);
            }
            let items = list.borrow().clone();
            join_slice(sep, &items)
        }
        Kind::Tuple if !crate::class::ops::is_user(iterable) => {
            join_slice(sep, crate::objects::tuple::items(iterable))
        }
        _ => {
            // As `PySequence_Fast`: any TypeError from `iter()` becomes this one.
            let it = crate::protocol::dispatch::iter(iterable).map_err(|e| {
                if crate::exc::error::take_pending_if(&crate::exc::TYPE_ERROR) {
                    type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            // Keep the items reachable from a list while collecting.
            let holder = ListBuilder::new(8);
            while let Some(x) = crate::protocol::dispatch::next(it)? {
                holder.push(x);
            }
            let items = crate::objects::list::obj(holder.list)
                .items
                .borrow()
                .clone();
            join_slice(sep, &items)
        }
    }
}

/// Joins str values with `sep`; TypeError names the first non-str item.
pub fn join_slice(sep: Value, items: &[Value]) -> R<Value> {
    let sep_obj = sep.as_ref::<StrObj>();
    let mut nbytes = 0usize;
    let mut nchars = 0usize;
    for (i, &x) in items.iter().enumerate() {
        match x.downcast::<StrObj>() {
            Some(s) => {
                nbytes = nbytes.saturating_add(s.text().len());
                nchars += s.nchars;
            }
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(x)
                )))
            }
        }
    }
    match items.len() {
        0 => return Ok(pystr::empty()),
        // CPython returns a lone item itself only when it is an exact str.
        1 if std::ptr::eq(items[0].header().ty, &object::STR_TYPE) => return Ok(items[0]),
        _ => {}
    }
    let gaps = items.len() - 1;
    nbytes = nbytes.saturating_add(sep_obj.text().len().saturating_mul(gaps));
    nchars += sep_obj.nchars * gaps;
    let sep_text = sep_obj.text();
    pystr::build(nbytes, nchars, |p| {
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                p.push(sep_text);
            }
            p.push(as_str(x));
        }
    })
}
