//! `zlib`: CPython 3.11's module over the real C zlib (`ffi`), so
//! compressed bytes are the ones CPython produces: the constants,
//! `compress`/`decompress`, `compressobj`/`decompressobj` (their objects
//! in `objects`), `crc32`, `adler32` and `zlib.error` with CPython's
//! messages. Linked only into programs that import it (`LINKED`).

mod ffi;
mod objects;

use super::ModuleBuilder;
use crate::exc::error::{overflow_error, raise, set_pending, value_error, Pending, R};
use crate::object::TypeObj;
use crate::objects::func::BuiltinObj;
use crate::objects::{bytes, int};
use crate::protocol::args::Args;
use crate::stdlib::bind;
use crate::value::Value;
use std::cell::Cell;

/// `zlib`'s definition, installed by `alc_rt_zlib_link`.
pub static LINKED: super::Linked = super::Linked::new("zlib");

/// Defines `zlib`'s attributes (once linked).
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    LINKED.init(m)
}

/// The integer constants, CPython 3.11's names and values.
const CONSTANTS: &[(&str, i64)] = &[
    ("DEFLATED", 8),
    ("DEF_BUF_SIZE", DEF_BUF_SIZE as i64),
    ("DEF_MEM_LEVEL", 8),
    ("MAX_WBITS", 15),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_BEST_SPEED", 1),
    ("Z_BLOCK", 5),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1),
    ("Z_FINISH", Z_FINISH as i64),
    ("Z_FIXED", 4),
    ("Z_FULL_FLUSH", 3),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_NO_COMPRESSION", 0),
    ("Z_NO_FLUSH", Z_NO_FLUSH as i64),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_RLE", 3),
    ("Z_SYNC_FLUSH", Z_SYNC_FLUSH as i64),
    ("Z_TREES", 6),
];

const Z_NO_FLUSH: i32 = 0;
const Z_SYNC_FLUSH: i32 = 2;
const Z_FINISH: i32 = 4;
/// The default output buffer of `decompress` and `Decompress.flush`.
const DEF_BUF_SIZE: usize = 16384;
/// The sizes of the successive output windows the loops give zlib, as
/// CPython's output buffers grow: with stored (level 0) blocks, the
/// compressed bytes depend on them.
const BLOCKS: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

/// The size of the output window after `k` others.
fn block(k: usize) -> usize {
    BLOCKS[k.min(BLOCKS.len() - 1)]
}

static COMPRESS: BuiltinObj = BuiltinObj::new("compress", compress);
static DECOMPRESS: BuiltinObj = BuiltinObj::new("decompress", decompress);
static COMPRESSOBJ: BuiltinObj = BuiltinObj::new("compressobj", objects::compressobj);
static DECOMPRESSOBJ: BuiltinObj = BuiltinObj::new("decompressobj", objects::decompressobj);
static CRC32: BuiltinObj = BuiltinObj::new("crc32", |a| checksum("crc32", a, 0, ffi::crc32));
static ADLER32: BuiltinObj =
    BuiltinObj::new("adler32", |a| checksum("adler32", a, 1, ffi::adler32));

/// Defines `zlib`'s attributes.
pub fn define(m: &mut ModuleBuilder) -> R<()> {
    for (name, v) in CONSTANTS {
        m.value(name, int::from_i64(*v));
    }
    let version = ffi::version();
    m.value("ZLIB_RUNTIME_VERSION", crate::objects::str::new(&version));
    m.value("ZLIB_VERSION", crate::objects::str::new(&version));
    for f in [
        &ADLER32,
        &COMPRESS,
        &COMPRESSOBJ,
        &CRC32,
        &DECOMPRESS,
        &DECOMPRESSOBJ,
    ] {
        m.func(f);
    }
    m.value("error", error_class()?);
    Ok(())
}

thread_local! {
    /// `zlib.error`, created on first use. Classes are never freed
    /// (`crate::class`), so no root is needed.
    static ERROR: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// `zlib.error`.
fn error_class() -> R<Value> {
    let c = ERROR.with(|c| c.get());
    if !c.is_null() {
        return Ok(c);
    }
    let e = crate::stdlib::exception_class("zlib", "error", &crate::exc::EXCEPTION)?;
    ERROR.with(|c| c.set(e));
    Ok(e)
}

/// Raises `zlib.error(msg)`.
fn error(msg: &str) -> Pending {
    match error_class() {
        Ok(e) => set_pending(crate::exc::with_message(e.as_ref::<TypeObj>(), msg)),
        Err(p) => p,
    }
}

/// `zlib.error` for zlib's return code `rc` during `what` ("while
/// decompressing data"), with zlib's message or the generic one of the
/// code: "Error -3 while decompressing data: incorrect header check".
fn zlib_error(rc: i32, msg: Option<String>, what: &str) -> Pending {
    let text = if rc == ffi::Z_VERSION_ERROR {
        Some("library version mismatch".to_string())
    } else {
        msg.or_else(|| {
            match rc {
                ffi::Z_BUF_ERROR => Some("incomplete or truncated stream"),
                ffi::Z_STREAM_ERROR => Some("inconsistent stream state"),
                ffi::Z_DATA_ERROR => Some("invalid input data"),
                _ => None,
            }
            .map(str::to_string)
        })
    };
    match text {
        Some(t) => error(&format!("Error {rc} {what}: {t}")),
        None => error(&format!("Error {rc} {what}")),
    }
}

/// `MemoryError(msg)`.
fn memory_error(msg: &str) -> Pending {
    raise(&crate::exc::MEMORY_ERROR, msg)
}

// ---- arguments --------------------------------------------------------------------------

/// A C `int` argument (`__index__`).
fn c_int(v: Value) -> R<i32> {
    let i = crate::protocol::num::int_arg(v)?;
    int::as_i64(i)
        .and_then(|x| i32::try_from(x).ok())
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

/// A C `ssize_t` argument (`__index__`).
fn c_ssize(v: Value) -> R<i64> {
    let i = crate::protocol::num::int_arg(v)?;
    int::as_i64(i).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// An optional C `int` argument with its default.
fn int_or(v: Option<Value>, default: i32) -> R<i32> {
    v.map_or(Ok(default), c_int)
}

// ---- one-shot functions -----------------------------------------------------------------

/// Appends a fresh `n`-byte output window to `out` and returns where it starts.
fn grow(out: &mut Vec<u8>, n: usize) -> usize {
    let at = out.len();
    out.resize(at + n, 0);
    at
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(args: Args) -> R<Value> {
    let [data, level, wbits] = bind("compress", &args, ["data", "level", "wbits"], 1, 3, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let level = int_or(level, -1)?;
    let wbits = int_or(wbits, 15)?;
    let mut s = match ffi::Stream::deflate(level, 8, wbits, 8, 0) {
        Ok(s) => s,
        Err(e) if e.rc == ffi::Z_MEM_ERROR => {
            return Err(memory_error("Out of memory while compressing data"))
        }
        Err(e) if e.rc == ffi::Z_STREAM_ERROR => return Err(error("Bad compression level")),
        Err(e) => return Err(zlib_error(e.rc, e.msg, "while compressing data")),
    };
    let mut out = Vec::new();
    let mut pos = 0;
    for k in 0.. {
        let at = grow(&mut out, block(k));
        let st = s.step(&data[pos..], &mut out[at..], Z_FINISH);
        pos += st.consumed;
        out.truncate(at + st.produced);
        match st.rc {
            ffi::Z_STREAM_END => break,
            ffi::Z_OK | ffi::Z_BUF_ERROR => {}
            rc => return Err(zlib_error(rc, s.msg(), "while compressing data")),
        }
    }
    Ok(bytes::from_vec(out))
}

/// `decompress(data, /, wbits=15, bufsize=16384)`: the first stream in
/// `data` (what follows it is ignored).
fn decompress(args: Args) -> R<Value> {
    let [data, wbits, bufsize] = bind("decompress", &args, ["data", "wbits", "bufsize"], 1, 3, 1)?;
    let data = bytes::buffer_arg(data.unwrap_or(Value::NULL))?;
    let wbits = int_or(wbits, 15)?;
    let bufsize = match bufsize {
        Some(b) => c_ssize(b)?,
        None => DEF_BUF_SIZE as i64,
    };
    if bufsize < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let mut s = match ffi::Stream::inflate(wbits) {
        Ok(s) => s,
        Err(e) if e.rc == ffi::Z_MEM_ERROR => {
            return Err(memory_error("Out of memory while decompressing data"))
        }
        Err(e) => {
            return Err(zlib_error(
                e.rc,
                e.msg,
                "while preparing to decompress data",
            ))
        }
    };
    let mut out = Vec::new();
    let mut pos = 0;
    let mut window = (bufsize as usize).clamp(1, 1 << 30);
    for k in 1.. {
        let at = grow(&mut out, window);
        let st = s.step(&data[pos..], &mut out[at..], Z_NO_FLUSH);
        pos += st.consumed;
        out.truncate(at + st.produced);
        match st.rc {
            ffi::Z_STREAM_END => break,
            ffi::Z_OK | ffi::Z_BUF_ERROR => {}
            ffi::Z_MEM_ERROR => return Err(memory_error("Out of memory while decompressing data")),
            rc => return Err(zlib_error(rc, s.msg(), "while decompressing data")),
        }
        if st.produced < window && pos == data.len() {
            // All input read and the stream not ended: zlib can make no
            // more progress, which it reports as Z_BUF_ERROR.
            return Err(zlib_error(
                ffi::Z_BUF_ERROR,
                None,
                "while decompressing data",
            ));
        }
        window = block(k);
    }
    Ok(bytes::from_vec(out))
}

/// `crc32(data, value=0, /)` and `adler32(data, value=1, /)`: the value
/// continues from any int taken modulo 2**32.
fn checksum(fname: &str, args: Args, start: u32, f: fn(u32, &[u8]) -> u32) -> R<Value> {
    if !args.kwnames.is_empty() {
        return Err(crate::exc::error::type_error(format!(
            "zlib.{fname}() takes no keyword arguments"
        )));
    }
    let a = args.positional_range(fname, 1, 2)?;
    let data = bytes::buffer_arg(a[0])?;
    let value = match a.get(1) {
        Some(v) => {
            let i = crate::protocol::num::int_arg(*v)?;
            let m = dashu_int::IBig::from(1u64 << 32);
            let r = int::to_ibig(i) % &m;
            let r = if r < dashu_int::IBig::ZERO { r + m } else { r };
            u32::try_from(&r).unwrap_or(0)
        }
        None => start,
    };
    Ok(int::from_i64(i64::from(f(value, &data))))
}
