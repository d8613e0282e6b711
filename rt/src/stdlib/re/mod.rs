//! `_re`, the native half of `re` (`lib/re.al` is the rest: `RegexFlag`,
//! `error`, the flag constants): compiling patterns (with CPython's cache
//! of recent patterns), the module-level functions, `escape`, `purge`.
//! The engine is alc's own: `parse.rs` (syntax and errors), `compile.rs`
//! (programs and prefilters), `exec.rs` (the backtracking matcher).

pub mod case_table;
pub mod charset;
pub mod compile;
pub mod escape;
pub mod exec;
pub mod matchobj;
pub mod parse;
pub mod pattern;
pub mod template;

use crate::exc::error::{raise, set_pending, type_error, value_error, Pending, R};
use crate::object::{self, Kind};
use crate::objects::func::BuiltinObj;
use crate::protocol::args::Args;
use crate::stdlib::ModuleBuilder;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};

/// The flag bits (`re.RegexFlag`'s values).
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
    /// The flags that choose how `\w` and case work; at most one applies.
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
}

/// How many patterns the module-level functions keep compiled (CPython's `_MAXCACHE`).
const MAXCACHE: usize = 512;
/// Slots of the cache by pattern object.
const RECENT: usize = 64;

#[derive(Default)]
struct Cache {
    by_text: HashMap<(bool, Box<[u8]>, u32), Value>,
    order: VecDeque<(bool, Box<[u8]>, u32)>,
}

thread_local! {
    /// `re.error`, the class `lib/re.al` defines (a GC root).
    static ERROR: Cell<Value> = const { Cell::new(Value::NULL) };
    /// Compiled patterns by (kind, text, flags), oldest first in `order`.
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
    /// Compiled patterns by the pattern object and flags they came from,
    /// so a program's constant patterns skip hashing their text.
    static BY_OBJECT: RefCell<[(Value, u32, Value); RECENT]> =
        const { RefCell::new([(Value::NULL, 0, Value::NULL); RECENT]) };
}

static PATTERN_HOOKS: super::hooks::KindHooks = super::hooks::KindHooks {
    repr: pattern::repr,
    hash: Some(pattern::hash),
    eq: Some(pattern::eq),
    getitem: None,
};

static MATCH_HOOKS: super::hooks::KindHooks = super::hooks::KindHooks {
    repr: matchobj::repr,
    hash: None,
    eq: None,
    getitem: Some(matchobj::getitem),
};

/// Installs what the generic protocols do with patterns and matches, and
/// `_re`'s roots (`alc_rt_re_link`).
pub fn link_hooks() {
    super::hooks::install_kind(Kind::RePattern, &PATTERN_HOOKS);
    super::hooks::install_kind(Kind::ReMatch, &MATCH_HOOKS);
    super::hooks::install_roots(trace_roots);
}

/// GC roots of `_re`: the error class and the cached patterns.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    t.visit(ERROR.with(|e| e.get()));
    CACHE.with(|c| {
        for v in crate::gc::peek(c).by_text.values() {
            t.visit(*v);
        }
    });
    BY_OBJECT.with(|c| {
        for (k, _, v) in crate::gc::peek(c).iter() {
            if !k.is_null() {
                t.visit(*k);
                t.visit(*v);
            }
        }
    });
}

/// Raises `re.error(msg, pattern, pos)`.
pub fn error(msg: &str, pattern: Value, pos: Option<usize>) -> Pending {
    let cls = ERROR.with(|e| e.get());
    let pos = pos.map_or_else(object::none, |p| crate::objects::int::from_i64(p as i64));
    if cls.is_null() {
        return raise(&crate::exc::EXCEPTION, msg);
    }
    let args = [crate::objects::str::new(msg), pattern, pos];
    match crate::protocol::dispatch::call(cls, Args::positional(&args)) {
        Ok(e) => set_pending(e),
        Err(p) => p,
    }
}

/// A pattern's flags argument as bits (a `RegexFlag` is an int).
pub fn flags_arg(v: Option<Value>) -> R<u32> {
    let Some(v) = v else { return Ok(0) };
    match crate::protocol::num::as_int(v)? {
        Some(i) => Ok(crate::objects::int::as_i64(i).unwrap_or(0) as u32),
        None => Err(type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            object::type_name(v)
        ))),
    }
}

/// Compiles `p` (str, bytes or a compiled pattern) with `flags`, through the cache.
pub fn compile_value(p: Value, flags: u32) -> R<Value> {
    if !p.is_small() && p.kind() == Kind::RePattern {
        if flags != 0 {
            return Err(value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(p);
    }
    let slot = ((p.0 >> 4) as usize) % RECENT;
    let hit = BY_OBJECT.with(|c| {
        let c = c.borrow();
        let (k, f, v) = c[slot];
        (k == p && f == flags && !k.is_null()).then_some(v)
    });
    if let Some(v) = hit {
        return Ok(v);
    }
    let (is_str, key): (bool, Box<[u8]>) = if let Some(s) = crate::objects::str::try_str(p) {
        (true, s.as_bytes().into())
    } else if !p.is_small() && p.kind() == Kind::Bytes {
        (false, crate::objects::bytes::bytes_data(p).into())
    } else {
        // CPython looks the pattern up in its cache first.
        crate::protocol::dispatch::hash(p)?;
        return Err(type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let cached = CACHE.with(|c| {
        c.borrow()
            .by_text
            .get(&(is_str, key.clone(), flags))
            .copied()
    });
    let v = match cached {
        Some(v) => v,
        None => {
            let v = pattern::new(p, is_str, flags)?;
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.order.len() >= MAXCACHE {
                    if let Some(old) = c.order.pop_front() {
                        c.by_text.remove(&old);
                    }
                }
                let k = (is_str, key, flags);
                c.order.push_back(k.clone());
                c.by_text.insert(k, v);
            });
            v
        }
    };
    BY_OBJECT.with(|c| c.borrow_mut()[slot] = (p, flags, v));
    Ok(v)
}

/// `re.purge()`
fn purge(args: Args) -> R<Value> {
    args.positional_range("_purge", 0, 0)?;
    CACHE.with(|c| *c.borrow_mut() = Cache::default());
    BY_OBJECT.with(|c| *c.borrow_mut() = [(Value::NULL, 0, Value::NULL); RECENT]);
    Ok(object::none())
}

/// `_re._set_error(cls)`: the class `re.error` is.
fn set_error(args: Args) -> R<Value> {
    let a = args.positional_range("_set_error", 1, 1)?;
    ERROR.with(|e| e.set(a[0]));
    Ok(object::none())
}

/// The characters `re.escape` puts a backslash before (CPython 3.7+).
fn special(c: u32) -> bool {
    c < 128 && b"()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(&(c as u8))
}

/// `re.escape(pattern)`
fn escape(args: Args) -> R<Value> {
    let p = args.positional_range("_escape", 1, 1)?[0];
    if let Some(s) = crate::objects::str::try_str(p) {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if special(c as u32) {
                out.push('\\');
            }
            out.push(c);
        }
        return Ok(crate::objects::str::from_string(out));
    }
    match crate::objects::bytes::data(p) {
        Some(b) => {
            let mut out = Vec::with_capacity(b.len());
            for &c in b.iter() {
                if special(c as u32) {
                    out.push(b'\\');
                }
                out.push(c);
            }
            Ok(crate::objects::bytes::from_vec(out))
        }
        None => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            object::type_name(p)
        ))),
    }
}

/// `_re._compile(pattern, flags)`: the compiled pattern, from the cache.
fn compile_fn(args: Args) -> R<Value> {
    let a = args.positional_range("_compile", 2, 2)?;
    compile_value(a[0], flags_arg(Some(a[1]))?)
}

static COMPILE: BuiltinObj = BuiltinObj::new("_compile", compile_fn);
static ESCAPE: BuiltinObj = BuiltinObj::new("_escape", escape);
static PURGE: BuiltinObj = BuiltinObj::new("_purge", purge);
static SET_ERROR: BuiltinObj = BuiltinObj::new("_set_error", set_error);

/// Defines `_re`'s attributes.
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    for f in [&COMPILE, &ESCAPE, &PURGE, &SET_ERROR] {
        m.func(f);
    }
    m.value("Pattern", pattern::PATTERN_TYPE.value());
    m.value("Match", matchobj::MATCH_TYPE.value());
    Ok(())
}
