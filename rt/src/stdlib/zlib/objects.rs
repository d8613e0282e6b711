//! `zlib.Compress` and `zlib.Decompress`, the objects `compressobj` and
//! `decompressobj` return (`Kind::ZStream`, one layout for both): a zlib
//! stream, dropped (and ended) with the object, plus the decompressor's
//! `unused_data`, `unconsumed_tail`, `eof` and dictionary.

use super::ffi::{self, Stream};
use super::{bind, block, c_ssize, grow, int_or, memory_error, zlib_error, DEF_BUF_SIZE};
use super::{Z_FINISH, Z_NO_FLUSH, Z_SYNC_FLUSH};
use crate::exc::error::{type_error, value_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::objects::bytes;
use crate::protocol::args::Args;
use crate::value::Value;
use std::cell::RefCell;

/// `zlib.Compress`.
pub static COMPRESS_TYPE: TypeObj =
    TypeObj::builtin("zlib.Compress", Some(&OBJECT_TYPE), Kind::ZStream).with_attrs(&C_ATTRS);

/// `zlib.Decompress`.
pub static DECOMPRESS_TYPE: TypeObj =
    TypeObj::builtin("zlib.Decompress", Some(&OBJECT_TYPE), Kind::ZStream).with_attrs(&D_ATTRS);

/// The state of a compressor or decompressor.
#[derive(Default)]
struct State {
    /// The zlib stream; None once it ended (a compressor flushed with
    /// `Z_FINISH`, a decompressor flushed to its end).
    stream: Option<Stream>,
    /// The dictionary a decompressor gives zlib when the stream asks.
    zdict: Option<Vec<u8>>,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    eof: bool,
}

/// A `zlib.Compress` or `zlib.Decompress` object.
#[repr(C)]
pub struct ZStreamObj {
    header: Header,
    state: RefCell<State>,
}

// SAFETY: repr(C), Header first; every Kind::ZStream object is a ZStreamObj.
unsafe impl Object for ZStreamObj {
    const KINDS: &'static [Kind] = &[Kind::ZStream];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

/// A new object of type `ty` in state `st`.
fn alloc(ty: &'static TypeObj, st: State) -> Value {
    Value::from_ref(crate::gc::alloc(ZStreamObj {
        header: Header::new(ty),
        state: RefCell::new(st),
    }))
}

/// The object behind a method's receiver.
fn obj(v: Value, ty: &'static TypeObj) -> R<&'static ZStreamObj> {
    match v.downcast::<ZStreamObj>() {
        Some(o) if std::ptr::eq(object::type_of(v), ty) => Ok(o),
        _ => Err(crate::exc::error::descriptor_type_error(ty.name, v)),
    }
}

/// The `zdict` argument as bytes, with the TypeError of `compressobj`
/// or `decompressobj` for other types.
fn zdict_arg(v: Option<Value>, decompress: bool) -> R<Option<Vec<u8>>> {
    match v {
        None => Ok(None),
        Some(v) if decompress && !bytes::is_bytes_like(crate::class::instance::unwrap(v)) => Err(
            type_error("zdict argument must support the buffer protocol"),
        ),
        Some(v) => Ok(Some(bytes::buffer_arg(v)?.into_owned())),
    }
}

// ---- Compress -------------------------------------------------------------------------

/// `compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)`.
pub fn compressobj(args: Args) -> R<Value> {
    let [level, method, wbits, mem_level, strategy, zdict] = bind(
        "compressobj",
        &args,
        ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
        6,
        0,
    )?;
    let level = int_or(level, -1)?;
    let method = int_or(method, 8)?;
    let wbits = int_or(wbits, 15)?;
    let mem_level = int_or(mem_level, 8)?;
    let strategy = int_or(strategy, 0)?;
    let zdict = zdict_arg(zdict, false)?;
    let mut s = match Stream::deflate(level, method, wbits, mem_level, strategy) {
        Ok(s) => s,
        Err(e) if e.rc == ffi::Z_MEM_ERROR => {
            return Err(memory_error("Can't allocate memory for compression object"))
        }
        Err(e) if e.rc == ffi::Z_STREAM_ERROR => {
            return Err(value_error("Invalid initialization option"))
        }
        Err(e) => return Err(zlib_error(e.rc, e.msg, "while creating compression object")),
    };
    if let Some(d) = &zdict {
        if s.set_dictionary(d) != ffi::Z_OK {
            return Err(value_error("Invalid dictionary"));
        }
    }
    Ok(alloc(
        &COMPRESS_TYPE,
        State {
            stream: Some(s),
            ..State::default()
        },
    ))
}

/// Runs the compressor over `input` with `flush` until zlib has written
/// everything it can: the output and zlib's last return code (None: the
/// stream has ended, which zlib would report as Z_STREAM_ERROR).
fn deflate_all(s: Option<&mut Stream>, input: &[u8], flush: i32) -> (Vec<u8>, Result<i32, ()>) {
    let Some(s) = s else {
        return (Vec::new(), Err(()));
    };
    let mut out = Vec::new();
    let mut pos = 0;
    let mut k = 0;
    loop {
        let window = block(k);
        k += 1;
        let at = grow(&mut out, window);
        let st = s.step(&input[pos..], &mut out[at..], flush);
        pos += st.consumed;
        out.truncate(at + st.produced);
        if st.rc == ffi::Z_STREAM_ERROR {
            return (out, Ok(st.rc));
        }
        if st.produced < window && pos == input.len() {
            return (out, Ok(st.rc));
        }
    }
}

/// `Compress.compress(data, /)`.
fn c_compress(v: Value, args: Args) -> R<Value> {
    let [data] = bind("compress", &args, ["data"], 1, 1, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let mut st = obj(v, &COMPRESS_TYPE)?.state.borrow_mut();
    let s = st.stream.as_mut();
    let (out, rc) = deflate_all(s, &data, Z_NO_FLUSH);
    match rc {
        Ok(ffi::Z_STREAM_ERROR) | Err(()) => {
            let msg = st.stream.as_ref().and_then(|s| s.msg());
            Err(zlib_error(
                ffi::Z_STREAM_ERROR,
                msg,
                "while compressing data",
            ))
        }
        _ => Ok(bytes::from_vec(out)),
    }
}

/// `Compress.flush(mode=Z_FINISH, /)`: a `Z_FINISH` that ends the stream
/// ends the object too.
fn c_flush(v: Value, args: Args) -> R<Value> {
    let [mode] = bind("flush", &args, ["mode"], 1, 1, 0)?;
    let mode = int_or(mode, Z_FINISH)?;
    if mode == Z_NO_FLUSH {
        return Ok(bytes::from_vec(Vec::new()));
    }
    let mut st = obj(v, &COMPRESS_TYPE)?.state.borrow_mut();
    let (out, rc) = deflate_all(st.stream.as_mut(), &[], mode);
    match rc {
        Ok(ffi::Z_STREAM_END) if mode == Z_FINISH => {
            st.stream = None;
            Ok(bytes::from_vec(out))
        }
        Ok(ffi::Z_OK | ffi::Z_BUF_ERROR | ffi::Z_STREAM_END) => Ok(bytes::from_vec(out)),
        Ok(rc) => {
            let msg = st.stream.as_ref().and_then(|s| s.msg());
            Err(zlib_error(rc, msg, "while flushing"))
        }
        Err(()) => Err(zlib_error(ffi::Z_STREAM_ERROR, None, "while flushing")),
    }
}

/// `Compress.copy()`, also `__copy__` and `__deepcopy__(memo)`.
fn c_copy(v: Value) -> R<Value> {
    let mut st = obj(v, &COMPRESS_TYPE)?.state.borrow_mut();
    let Some(s) = st.stream.as_mut() else {
        return Err(value_error("Inconsistent stream state"));
    };
    match s.copy() {
        Ok(c) => Ok(alloc(
            &COMPRESS_TYPE,
            State {
                stream: Some(c),
                ..State::default()
            },
        )),
        Err(e) if e.rc == ffi::Z_STREAM_ERROR => Err(value_error("Inconsistent stream state")),
        Err(e) if e.rc == ffi::Z_MEM_ERROR => {
            Err(memory_error("Can't allocate memory for compression object"))
        }
        Err(e) => Err(zlib_error(e.rc, e.msg, "while copying compression object")),
    }
}

/// A method that takes no arguments, with CPython's message otherwise.
fn no_args(fname: &str, args: &Args) -> R<()> {
    if args.pos.is_empty() && args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{fname}() takes no arguments")))
    }
}

crate::attr_table! {
    /// The attributes of `zlib.Compress`.
    pub static C_ATTRS for COMPRESS_TYPE = [
        method "__copy__" => |v, a| { no_args("__copy__", &a)?; c_copy(v) };
        method "__deepcopy__" => |v, a| { bind("__deepcopy__", &a, ["memo"], 1, 1, 1)?; c_copy(v) };
        method "compress" => c_compress;
        method "copy" => |v, a| { no_args("copy", &a)?; c_copy(v) };
        method "flush" => c_flush;
    ]
}

// ---- Decompress -----------------------------------------------------------------------

/// `decompressobj(wbits=15, zdict=b'')`.
pub fn decompressobj(args: Args) -> R<Value> {
    let [wbits, zdict] = bind("decompressobj", &args, ["wbits", "zdict"], 0, 2, 0)?;
    let wbits = int_or(wbits, 15)?;
    let zdict = zdict_arg(zdict, true)?;
    let mut s = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(e) if e.rc == ffi::Z_MEM_ERROR => {
            return Err(memory_error(
                "Can't allocate memory for decompression object",
            ))
        }
        Err(e) if e.rc == ffi::Z_STREAM_ERROR => {
            return Err(value_error("Invalid initialization option"))
        }
        Err(e) => {
            return Err(zlib_error(
                e.rc,
                e.msg,
                "while creating decompression object",
            ))
        }
    };
    // A raw stream never asks for its dictionary: it is set at once.
    if let (Some(d), true) = (&zdict, wbits < 0) {
        let rc = s.set_dictionary(d);
        if rc != ffi::Z_OK {
            return Err(zlib_error(rc, s.msg(), "while setting zdict"));
        }
    }
    Ok(alloc(
        &DECOMPRESS_TYPE,
        State {
            stream: Some(s),
            zdict,
            ..State::default()
        },
    ))
}

/// How an inflate run ended: zlib's last code (Z_STREAM_ERROR for an
/// ended stream), with its message, and how much input it consumed.
struct Run {
    rc: i32,
    msg: Option<String>,
    consumed: usize,
}

/// Runs the decompressor over `input` with `flush`, writing at most
/// `limit` bytes (0: no limit), the first window `first` bytes long.
fn inflate_all(
    st: &mut State,
    input: &[u8],
    flush: i32,
    limit: usize,
    first: usize,
) -> R<(Vec<u8>, Run)> {
    let mut out = Vec::new();
    let mut pos = 0;
    let Some(s) = st.stream.as_mut() else {
        let run = Run {
            rc: ffi::Z_STREAM_ERROR,
            msg: None,
            consumed: 0,
        };
        return Ok((out, run));
    };
    let mut window = first;
    let mut k = 0;
    loop {
        k += 1;
        if limit > 0 {
            if out.len() >= limit {
                break;
            }
            window = window.min(limit - out.len());
        }
        let at = grow(&mut out, window);
        let step = s.step(&input[pos..], &mut out[at..], flush);
        pos += step.consumed;
        out.truncate(at + step.produced);
        match step.rc {
            ffi::Z_NEED_DICT if st.zdict.is_some() => {
                let d = st.zdict.as_deref().unwrap_or_default();
                let rc = s.set_dictionary(d);
                if rc != ffi::Z_OK {
                    return Err(zlib_error(rc, s.msg(), "while setting zdict"));
                }
                continue;
            }
            ffi::Z_OK | ffi::Z_BUF_ERROR => {}
            rc => {
                let run = Run {
                    rc,
                    msg: s.msg(),
                    consumed: pos,
                };
                return Ok((out, run));
            }
        }
        if step.produced < window && pos == input.len() {
            let run = Run {
                rc: step.rc,
                msg: None,
                consumed: pos,
            };
            return Ok((out, run));
        }
        window = block(k);
    }
    let run = Run {
        rc: ffi::Z_OK,
        msg: None,
        consumed: pos,
    };
    Ok((out, run))
}

/// Keeps the input a run left: after the stream's end it joins
/// `unused_data`; `unconsumed_tail` becomes what is left whenever input
/// is left before the end or the tail was not empty (as CPython does).
fn save_unconsumed(st: &mut State, input: &[u8], run: &Run) {
    let left = &input[run.consumed..];
    let mut pending = !left.is_empty();
    if run.rc == ffi::Z_STREAM_END && pending {
        st.unused_data.extend_from_slice(left);
        pending = false;
    }
    if pending || !st.unconsumed_tail.is_empty() {
        st.unconsumed_tail = left.to_vec();
    }
}

/// `Decompress.decompress(data, /, max_length=0)`.
fn d_decompress(v: Value, args: Args) -> R<Value> {
    let [data, max_length] = bind("decompress", &args, ["data", "max_length"], 1, 2, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let max_length = match max_length {
        Some(m) => c_ssize(m)?,
        None => 0,
    };
    if max_length < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let mut st = obj(v, &DECOMPRESS_TYPE)?.state.borrow_mut();
    let limit = max_length as usize;
    let first = if limit > 0 {
        limit.min(block(0))
    } else {
        block(0)
    };
    let (out, run) = inflate_all(&mut st, &data, Z_SYNC_FLUSH, limit, first)?;
    save_unconsumed(&mut st, &data, &run);
    match run.rc {
        ffi::Z_STREAM_END => {
            st.eof = true;
            Ok(bytes::from_vec(out))
        }
        ffi::Z_OK | ffi::Z_BUF_ERROR => Ok(bytes::from_vec(out)),
        ffi::Z_MEM_ERROR => Err(memory_error("Out of memory while decompressing data")),
        rc => Err(zlib_error(rc, run.msg, "while decompressing data")),
    }
}

/// `Decompress.flush(length=DEF_BUF_SIZE, /)`: what is left of the
/// unconsumed tail; reaching the stream's end ends the object.
fn d_flush(v: Value, args: Args) -> R<Value> {
    let [length] = bind("flush", &args, ["length"], 1, 1, 0)?;
    let length = match length {
        Some(l) => c_ssize(l)?,
        None => DEF_BUF_SIZE as i64,
    };
    if length <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let mut st = obj(v, &DECOMPRESS_TYPE)?.state.borrow_mut();
    let input = st.unconsumed_tail.clone();
    let first = (length as usize).min(1 << 30);
    let (out, run) = inflate_all(&mut st, &input, Z_FINISH, 0, first)?;
    save_unconsumed(&mut st, &input, &run);
    if run.rc == ffi::Z_STREAM_END {
        st.eof = true;
        st.stream = None;
    }
    Ok(bytes::from_vec(out))
}

/// `Decompress.copy()`, also `__copy__` and `__deepcopy__(memo)`.
fn d_copy(v: Value) -> R<Value> {
    let mut st = obj(v, &DECOMPRESS_TYPE)?.state.borrow_mut();
    let Some(s) = st.stream.as_mut() else {
        return Err(value_error("Inconsistent stream state"));
    };
    let c = match s.copy() {
        Ok(c) => c,
        Err(e) if e.rc == ffi::Z_STREAM_ERROR => {
            return Err(value_error("Inconsistent stream state"))
        }
        Err(e) if e.rc == ffi::Z_MEM_ERROR => {
            return Err(memory_error(
                "Can't allocate memory for decompression object",
            ))
        }
        Err(e) => {
            return Err(zlib_error(
                e.rc,
                e.msg,
                "while copying decompression object",
            ))
        }
    };
    Ok(alloc(
        &DECOMPRESS_TYPE,
        State {
            stream: Some(c),
            zdict: st.zdict.clone(),
            unused_data: st.unused_data.clone(),
            unconsumed_tail: st.unconsumed_tail.clone(),
            eof: st.eof,
        },
    ))
}

/// The decompressor's state, for the attribute getters.
fn d_state(v: Value) -> R<std::cell::Ref<'static, State>> {
    Ok(obj(v, &DECOMPRESS_TYPE)?.state.borrow())
}

crate::attr_table! {
    /// The attributes of `zlib.Decompress`.
    pub static D_ATTRS for DECOMPRESS_TYPE = [
        method "__copy__" => |v, a| { no_args("__copy__", &a)?; d_copy(v) };
        method "__deepcopy__" => |v, a| { bind("__deepcopy__", &a, ["memo"], 1, 1, 1)?; d_copy(v) };
        method "copy" => |v, a| { no_args("copy", &a)?; d_copy(v) };
        method "decompress" => d_decompress;
        member "eof" => |v| Ok(object::boolean(d_state(v)?.eof));
        method "flush" => d_flush;
        member "unconsumed_tail" => |v| Ok(bytes::from_vec(d_state(v)?.unconsumed_tail.clone()));
        member "unused_data" => |v| Ok(bytes::from_vec(d_state(v)?.unused_data.clone()));
    ]
}
