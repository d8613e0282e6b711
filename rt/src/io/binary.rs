//! Binary streams: the files `open` returns for `'rb'`, `'wb'`, `'ab'`,
//! `'r+b'` (`_io.BufferedReader`, `_io.BufferedWriter`,
//! `_io.BufferedRandom`) and `io.BytesIO`. One object layout holds either
//! an OS file (read and written directly, so nothing waits in a buffer)
//! or an in-memory byte vector with its position; methods are in
//! attribute tables, CPython's messages.

use crate::builtins::args::bind_clinic;
use crate::exc::error::{type_error, value_error, Pending, R};
use crate::exc::os_error;
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::io::{Read, Seek, SeekFrom, Write};

macro_rules! bin_types {
    ($($(#[$m:meta])* $id:ident = ($name:literal, $attrs:ident);)*) => {
        $($(#[$m])* pub static $id: TypeObj =
            TypeObj::builtin($name, Some(&OBJECT_TYPE), Kind::BinaryIO).with_attrs(&$attrs);)*
    };
}

bin_types! {
    /// `open(path, 'rb')`
    BUFFERED_READER_TYPE = ("_io.BufferedReader", READER_ATTRS);
    /// `open(path, 'wb')`, `'ab'`, `'xb'`
    BUFFERED_WRITER_TYPE = ("_io.BufferedWriter", WRITER_ATTRS);
    /// `open(path, 'r+b')` and the other update modes
    BUFFERED_RANDOM_TYPE = ("_io.BufferedRandom", RANDOM_ATTRS);
    /// `io.BytesIO`
    BYTESIO_TYPE = ("_io.BytesIO", BYTESIO_ATTRS);
}

/// What a binary stream reads and writes.
pub enum Store {
    File(std::fs::File),
    Memory {
        data: Vec<u8>,
        pos: usize,
    },
    /// `sys.stdout.buffer`: rt's stdout buffer, shared with `sys.stdout`.
    Stdout,
    /// `sys.stderr.buffer`
    Stderr,
    Closed,
}

thread_local! {
    /// `sys.stdout.buffer` and `sys.stderr.buffer`, made on first use (GC roots).
    static STD: [Cell<Value>; 2] = const { [Cell::new(Value::NULL), Cell::new(Value::NULL)] };
}

/// GC roots: the standard streams' buffers.
pub fn trace_roots(t: &mut crate::gc::Tracer) {
    STD.with(|s| s.iter().for_each(|c| t.visit(c.get())));
}

/// `sys.stdout.buffer` (or `sys.stderr.buffer` with `err`): one object
/// per stream, a `BufferedWriter` over rt's own output.
pub fn std_buffer(err: bool) -> Value {
    let i = err as usize;
    let v = STD.with(|s| s[i].get());
    if !v.is_null() {
        return v;
    }
    let name = crate::objects::str::new(if err { "<stderr>" } else { "<stdout>" });
    let mode = crate::objects::str::new("wb");
    let v = Value::from_ref(crate::gc::alloc(BinObj {
        header: Header::new(&BUFFERED_WRITER_TYPE),
        name,
        mode,
        readable: false,
        writable: true,
        closed: Cell::new(false),
        store: RefCell::new(if err { Store::Stderr } else { Store::Stdout }),
    }));
    STD.with(|s| s[i].set(v));
    v
}

/// The error of reading a write-only stream (the standard streams' raw
/// file words it differently).
fn not_readable(o: &BinObj) -> Pending {
    if matches!(*o.store.borrow(), Store::Stdout | Store::Stderr) {
        super::unsupported("File not open for reading")
    } else {
        super::unsupported("read")
    }
}

/// The OSError of seeking a stream that cannot seek (a pipe or terminal).
fn illegal_seek() -> Pending {
    os_err(std::io::Error::from_raw_os_error(29))
}

/// A binary file or BytesIO.
#[repr(C)]
pub struct BinObj {
    pub header: Header,
    /// `name` (files only; null for BytesIO).
    pub name: Value,
    /// `mode` (files only).
    pub mode: Value,
    pub readable: bool,
    pub writable: bool,
    pub closed: Cell<bool>,
    pub store: RefCell<Store>,
}

// SAFETY: repr(C), Header first; every Kind::BinaryIO object is a BinObj.
unsafe impl Object for BinObj {
    const KINDS: &'static [Kind] = &[Kind::BinaryIO];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.name);
        t.visit(self.mode);
    }
}

fn obj(v: Value) -> &'static BinObj {
    v.as_ref::<BinObj>()
}

fn is_memory(v: Value) -> bool {
    std::ptr::eq(v.header().ty, &BYTESIO_TYPE)
}

/// A new binary file over `f`.
pub fn new_file(f: std::fs::File, name: Value, mode: Value, read: bool, write: bool) -> Value {
    let ty = match (read, write) {
        (true, true) => &BUFFERED_RANDOM_TYPE,
        (true, false) => &BUFFERED_READER_TYPE,
        _ => &BUFFERED_WRITER_TYPE,
    };
    Value::from_ref(crate::gc::alloc(BinObj {
        header: Header::new(ty),
        name,
        mode,
        readable: read,
        writable: write,
        closed: Cell::new(false),
        store: RefCell::new(Store::File(f)),
    }))
}

/// `io.BytesIO(initial_bytes=b'')`
pub fn new_bytesio(args: Args) -> R<Value> {
    let [init] = bind_clinic("BytesIO", &args, ["initial_bytes"], 0, 0)?;
    let data = match init {
        Some(v) if !object::is_none(v) => crate::objects::bytes::buffer_arg(v)?.into_owned(),
        _ => Vec::new(),
    };
    Ok(Value::from_ref(crate::gc::alloc(BinObj {
        header: Header::new(&BYTESIO_TYPE),
        name: Value::NULL,
        mode: Value::NULL,
        readable: true,
        writable: true,
        closed: Cell::new(false),
        store: RefCell::new(Store::Memory { data, pos: 0 }),
    })))
}

/// `repr(f)`
pub fn repr(v: Value) -> R<String> {
    let o = obj(v);
    if is_memory(v) {
        return Ok(format!("<_io.BytesIO object at {:#x}>", v.0));
    }
    Ok(format!(
        "<{} name={}>",
        v.header().ty.name,
        crate::protocol::dispatch::repr(o.name)?
    ))
}

/// The ValueError of an operation on a closed stream: BytesIO's one
/// message, or the file's for this operation (`msg`).
fn closed_error(v: Value, msg: &str) -> Pending {
    if is_memory(v) {
        value_error("I/O operation on closed file.")
    } else {
        value_error(msg)
    }
}

/// CPython's messages for operations on a closed binary file.
const CLOSED: &str = "I/O operation on closed file";
const CLOSED_DOT: &str = "I/O operation on closed file.";

fn check_open(v: Value, what: &str) -> R<&'static BinObj> {
    let o = obj(v);
    if o.closed.get() {
        return Err(closed_error(v, what));
    }
    Ok(o)
}

fn os_err(e: std::io::Error) -> Pending {
    os_error::raise_io(&e, None)
}

/// An optional size argument: None (all) for -1, None or absent.
fn size_arg(v: Option<Value>) -> R<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if object::is_none(v) => Ok(None),
        Some(v) => {
            let n = crate::objects::slice::index_arg(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

/// Reads up to `n` bytes (all with None).
fn read_bytes(v: Value, n: Option<usize>) -> R<Vec<u8>> {
    let o = obj(v);
    if !o.readable {
        return Err(not_readable(o));
    }
    check_open(v, "read of closed file")?;
    let mut st = o.store.borrow_mut();
    match &mut *st {
        Store::Memory { data, pos } => {
            let start = (*pos).min(data.len());
            let end = n.map_or(data.len(), |n| start.saturating_add(n).min(data.len()));
            *pos = (*pos).max(end);
            Ok(data[start..end].to_vec())
        }
        Store::File(f) => {
            let mut out = Vec::new();
            match n {
                None => {
                    f.read_to_end(&mut out).map_err(os_err)?;
                }
                Some(n) => {
                    let mut chunk = vec![0u8; n.min(1 << 20)];
                    while out.len() < n {
                        let want = (n - out.len()).min(chunk.len());
                        let k = f.read(&mut chunk[..want]).map_err(os_err)?;
                        if k == 0 {
                            break;
                        }
                        out.extend_from_slice(&chunk[..k]);
                    }
                }
            }
            Ok(out)
        }
        Store::Stdout | Store::Stderr | Store::Closed => {
            Err(closed_error(v, "read of closed file"))
        }
    }
}

/// Reads one line (through `\n`), at most `limit` bytes.
fn read_line(v: Value, limit: Option<usize>) -> R<Vec<u8>> {
    let o = obj(v);
    if !o.readable {
        return Err(not_readable(o));
    }
    check_open(v, "readline of closed file")?;
    let mut st = o.store.borrow_mut();
    match &mut *st {
        Store::Memory { data, pos } => {
            let start = (*pos).min(data.len());
            let rest = &data[start..];
            let mut end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |i| i + 1);
            if let Some(l) = limit {
                end = end.min(l);
            }
            *pos = start + end;
            Ok(rest[..end].to_vec())
        }
        Store::File(f) => {
            let mut out = Vec::new();
            let mut chunk = [0u8; 8192];
            // What is read past the line is given back by seeking; a pipe
            // cannot seek, so it is read a byte at a time.
            let step = if f.stream_position().is_ok() {
                chunk.len()
            } else {
                1
            };
            loop {
                let want = limit.map_or(step, |l| (l - out.len()).min(step));
                if want == 0 {
                    break;
                }
                let k = f.read(&mut chunk[..want]).map_err(os_err)?;
                if k == 0 {
                    break;
                }
                if let Some(i) = chunk[..k].iter().position(|&b| b == b'\n') {
                    out.extend_from_slice(&chunk[..=i]);
                    // Give back what was read past the line.
                    let extra = (k - i - 1) as i64;
                    if extra > 0 {
                        f.seek(SeekFrom::Current(-extra)).map_err(os_err)?;
                    }
                    break;
                }
                out.extend_from_slice(&chunk[..k]);
            }
            Ok(out)
        }
        Store::Stdout | Store::Stderr | Store::Closed => {
            Err(closed_error(v, "readline of closed file"))
        }
    }
}

fn bytes(v: Vec<u8>) -> Value {
    crate::objects::bytes::from_vec(v)
}

fn read(v: Value, args: Args) -> R<Value> {
    let a = args.positional_range("read", 0, 1)?;
    let n = size_arg(a.first().copied())?;
    Ok(bytes(read_bytes(v, n)?))
}

fn readline(v: Value, args: Args) -> R<Value> {
    let a = args.positional_range("readline", 0, 1)?;
    let n = size_arg(a.first().copied())?;
    Ok(bytes(read_line(v, n)?))
}

fn readlines(v: Value, args: Args) -> R<Value> {
    let a = args.positional_range("readlines", 0, 1)?;
    let hint = size_arg(a.first().copied())?.filter(|h| *h > 0);
    check_open(v, CLOSED_DOT)?;
    let mut out = crate::gc::RootedVec::new();
    let mut total = 0;
    loop {
        let line = read_line(v, None)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(bytes(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(crate::objects::list::from_vec(out.into_vec()))
}

/// `f.writelines(lines)`: `write` of each item, in order (an item that is
/// not bytes-like raises after the earlier ones were written).
fn writelines(v: Value, args: Args) -> R<Value> {
    let lines = args.positional_range("writelines", 1, 1)?[0];
    let it = crate::protocol::dispatch::iter(lines)?;
    while let Some(line) = crate::protocol::dispatch::next(it)? {
        write(v, Args::positional(&[line]))?;
    }
    Ok(crate::object::none())
}

fn write(v: Value, args: Args) -> R<Value> {
    let b = args.positional_range("write", 1, 1)?[0];
    let o = obj(v);
    if !o.writable {
        return Err(super::unsupported("write"));
    }
    check_open(v, "write to closed file")?;
    let d = crate::objects::bytes::buffer_arg(b)?;
    let mut st = o.store.borrow_mut();
    match &mut *st {
        Store::Memory { data, pos } => {
            let end = pos.saturating_add(d.len());
            if data.len() < end {
                if data.try_reserve(end - data.len()).is_err() {
                    return Err(crate::exc::error::raise(&crate::exc::MEMORY_ERROR, ""));
                }
                data.resize(end, 0);
            }
            data[*pos..end].copy_from_slice(&d);
            *pos = end;
        }
        Store::File(f) => f.write_all(&d).map_err(os_err)?,
        Store::Stdout => {
            drop(st);
            crate::builtins::output::try_write_out_bytes(&d)?;
        }
        Store::Stderr => crate::builtins::output::write_err_bytes(&d),
        Store::Closed => return Err(closed_error(v, "write to closed file")),
    }
    Ok(Value::from_small(d.len() as i64))
}

fn seek(v: Value, args: Args) -> R<Value> {
    let a = args.positional_range("seek", 1, 2)?;
    let off = crate::objects::slice::index_arg(a[0])?;
    let whence = match a.get(1) {
        Some(w) => crate::objects::slice::index_arg(*w)?,
        None => 0,
    };
    let o = check_open(v, "seek of closed file")?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(if is_memory(v) {
            format!("invalid whence ({whence}, should be 0, 1 or 2)")
        } else {
            format!("whence value {whence} unsupported")
        }));
    }
    let mut st = o.store.borrow_mut();
    let at = match &mut *st {
        Store::Memory { data, pos } => {
            let base = match whence {
                0 => {
                    if off < 0 {
                        return Err(value_error(format!("negative seek value {off}")));
                    }
                    0
                }
                1 => *pos as i64,
                _ => data.len() as i64,
            };
            *pos = base.saturating_add(off).max(0) as usize;
            *pos as i64
        }
        Store::File(f) => {
            let to = match whence {
                0 if off < 0 => return Err(os_err(std::io::Error::from_raw_os_error(22))),
                0 => SeekFrom::Start(off as u64),
                1 => SeekFrom::Current(off),
                _ => SeekFrom::End(off),
            };
            f.seek(to).map_err(os_err)? as i64
        }
        Store::Stdout | Store::Stderr => return Err(illegal_seek()),
        Store::Closed => return Err(closed_error(v, "seek of closed file")),
    };
    Ok(crate::objects::int::from_i64(at))
}

fn tell(v: Value, args: Args) -> R<Value> {
    args.positional_range("tell", 0, 0)?;
    let o = check_open(v, CLOSED)?;
    let mut st = o.store.borrow_mut();
    let at = match &mut *st {
        Store::Memory { pos, .. } => *pos as u64,
        Store::File(f) => f.stream_position().map_err(os_err)?,
        Store::Stdout | Store::Stderr => return Err(illegal_seek()),
        Store::Closed => return Err(closed_error(v, CLOSED)),
    };
    Ok(crate::objects::int::from_i64(at as i64))
}

fn truncate(v: Value, args: Args) -> R<Value> {
    let a = args.positional_range("truncate", 0, 1)?;
    let o = check_open(v, "truncate of closed file")?;
    if !o.writable {
        return Err(super::unsupported("truncate"));
    }
    let size = match a.first().copied().filter(|s| !object::is_none(*s)) {
        Some(s) => {
            let n = crate::objects::slice::index_arg(s)?;
            if n < 0 {
                return Err(value_error(format!("negative size value {n}")));
            }
            Some(n as u64)
        }
        None => None,
    };
    let mut st = o.store.borrow_mut();
    let n = match &mut *st {
        Store::Memory { data, pos } => {
            let n = size.unwrap_or(*pos as u64) as usize;
            data.truncate(n);
            n as u64
        }
        Store::File(f) => {
            let n = match size {
                Some(n) => n,
                None => f.stream_position().map_err(os_err)?,
            };
            f.set_len(n).map_err(os_err)?;
            n
        }
        Store::Stdout | Store::Stderr => return Err(illegal_seek()),
        Store::Closed => return Err(closed_error(v, "truncate of closed file")),
    };
    Ok(crate::objects::int::from_i64(n as i64))
}

fn getvalue(v: Value, args: Args) -> R<Value> {
    args.positional_range("getvalue", 0, 0)?;
    let o = check_open(v, CLOSED_DOT)?;
    let st = o.store.borrow();
    match &*st {
        Store::Memory { data, .. } => Ok(crate::objects::bytes::new_bytes(data)),
        _ => Err(closed_error(v, CLOSED_DOT)),
    }
}

/// `close()`: closes the OS file (or frees the memory).
pub fn close_stream(v: Value) {
    let o = obj(v);
    o.closed.set(true);
    let std = matches!(*o.store.borrow(), Store::Stdout | Store::Stderr);
    if std {
        // Closing a standard stream's buffer flushes it; rt keeps writing
        // its own output (tracebacks) to the descriptor.
        crate::builtins::output::flush();
    }
    if !is_memory(v) {
        *o.store.borrow_mut() = Store::Closed;
    }
}

fn close(v: Value, args: Args) -> R<Value> {
    args.positional_range("close", 0, 0)?;
    close_stream(v);
    Ok(object::none())
}

fn flush(v: Value, args: Args) -> R<Value> {
    args.positional_range("flush", 0, 0)?;
    if obj(v).writable {
        check_open(v, "flush of closed file")?;
    } else {
        check_open(v, CLOSED_DOT)?;
    }
    if matches!(*obj(v).store.borrow(), Store::Stdout) {
        crate::builtins::output::try_flush()?;
    }
    Ok(object::none())
}

fn readable(v: Value, args: Args) -> R<Value> {
    args.positional_range("readable", 0, 0)?;
    Ok(object::boolean(check_open(v, CLOSED)?.readable))
}

fn writable(v: Value, args: Args) -> R<Value> {
    args.positional_range("writable", 0, 0)?;
    Ok(object::boolean(check_open(v, CLOSED)?.writable))
}

fn seekable(v: Value, args: Args) -> R<Value> {
    args.positional_range("seekable", 0, 0)?;
    check_open(v, CLOSED)?;
    let fd = match *obj(v).store.borrow() {
        Store::Stdout => Some("/dev/stdout"),
        Store::Stderr => Some("/dev/stderr"),
        _ => None,
    };
    // A standard stream can seek when it is a regular file, not a pipe.
    let seekable = fd.is_none_or(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file()));
    Ok(object::boolean(seekable))
}

fn isatty(v: Value, args: Args) -> R<Value> {
    use std::io::IsTerminal;
    args.positional_range("isatty", 0, 0)?;
    check_open(v, CLOSED)?;
    let tty = match &*obj(v).store.borrow() {
        Store::File(file) => file.is_terminal(),
        Store::Stdout => std::io::stdout().is_terminal(),
        Store::Stderr => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(object::boolean(tty))
}

/// `f.fileno()` of a binary file: the descriptor it reads or writes.
fn fileno(v: Value, args: Args) -> R<Value> {
    args.positional_range("fileno", 0, 0)?;
    check_open(v, CLOSED)?;
    let fd = match &*obj(v).store.borrow() {
        Store::File(file) => i64::from(std::os::fd::AsRawFd::as_raw_fd(file)),
        Store::Stdout => 1,
        Store::Stderr => 2,
        _ => return Err(super::unsupported("fileno")),
    };
    Ok(crate::objects::int::from_i64(fd))
}

fn enter(v: Value, args: Args) -> R<Value> {
    args.positional_range("__enter__", 0, 0)?;
    check_open(v, CLOSED_DOT)?;
    Ok(v)
}

fn exit(v: Value, _args: Args) -> R<Value> {
    close_stream(v);
    Ok(object::none())
}

/// `iter(f)`: the stream itself, while open.
pub fn iter(v: Value) -> R<Value> {
    if !is_memory(v) {
        check_open(v, CLOSED_DOT)?;
    }
    Ok(v)
}

/// `next(f)`: the next line, None at the end.
pub fn next(v: Value) -> R<Option<Value>> {
    let line = read_line(v, None)?;
    Ok((!line.is_empty()).then(|| bytes(line)))
}

fn iter_m(v: Value, args: Args) -> R<Value> {
    args.positional_range("__iter__", 0, 0)?;
    iter(v)
}

fn next_m(v: Value, args: Args) -> R<Value> {
    args.positional_range("__next__", 0, 0)?;
    match next(v)? {
        Some(l) => Ok(l),
        None => Err(crate::exc::error::raise_empty(&crate::exc::STOP_ITERATION)),
    }
}

fn closed(v: Value) -> R<Value> {
    Ok(object::boolean(obj(v).closed.get()))
}

fn name(v: Value) -> R<Value> {
    Ok(obj(v).name)
}

fn mode(v: Value) -> R<Value> {
    Ok(obj(v).mode)
}

fn no_pos(args: &Args) -> R<()> {
    if args.pos.is_empty() {
        return Ok(());
    }
    Err(type_error(format!(
        "expected 0 arguments, got {}",
        args.pos.len()
    )))
}

fn repr_m(v: Value, args: Args) -> R<Value> {
    no_pos(&args)?;
    Ok(crate::objects::str::from_string(repr(v)?))
}

macro_rules! file_table {
    ($id:ident for $ty:ident) => {
        crate::attr_table! {
            /// The attributes of a binary file type.
            pub static $id for $ty = [
                method "__enter__" => enter;
                method "__exit__" => exit;
                slot "__iter__" => iter_m;
                slot "__next__" => next_m;
                slot "__repr__" => repr_m;
                method "close" => close;
                getset "closed" => closed;
                method "fileno" => fileno;
                method "flush" => flush;
                method "isatty" => isatty;
                getset "mode" => mode;
                getset "name" => name;
                method "read" => read;
                method "readable" => readable;
                method "readline" => readline;
                method "readlines" => readlines;
                method "seek" => seek;
                method "seekable" => seekable;
                method "tell" => tell;
                method "truncate" => truncate;
                method "writable" => writable;
                method "write" => write;
                method "writelines" => writelines;
            ]
        }
    };
}

file_table!(READER_ATTRS for BUFFERED_READER_TYPE);
file_table!(WRITER_ATTRS for BUFFERED_WRITER_TYPE);
file_table!(RANDOM_ATTRS for BUFFERED_RANDOM_TYPE);

crate::attr_table! {
    /// The attributes of `io.BytesIO`.
    pub static BYTESIO_ATTRS for BYTESIO_TYPE = [
        method "__enter__" => enter;
        method "__exit__" => exit;
        slot "__iter__" => iter_m;
        slot "__next__" => next_m;
        method "close" => close;
        getset "closed" => closed;
        method "flush" => flush;
        method "getvalue" => getvalue;
        method "isatty" => isatty;
        method "read" => read;
        method "readable" => readable;
        method "readline" => readline;
        method "readlines" => readlines;
        method "seek" => seek;
        method "seekable" => seekable;
        method "tell" => tell;
        method "truncate" => truncate;
        method "writable" => writable;
        method "write" => write;
        method "writelines" => writelines;
    ]
}
