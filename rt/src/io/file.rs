//! `_io.TextIOWrapper`: the text files `open` returns and the standard
//! streams. The object, its state (the OS file, encoded bytes waiting to
//! be written, the decoded chunk being read) and the operations with
//! CPython's rules: reading decodes the file in chunks of 8192 bytes, as
//! CPython's TextIOWrapper does (so a decoding error is raised where
//! CPython raises it), writing encodes at once and buffers the bytes, and
//! `tell`/`seek` use CPython's cookies (`decoder.rs`).

use crate::exc;
use crate::exc::error::{raise, value_error, Pending, R};
use crate::io::codec::{self, Codec, Errors};
use crate::io::decoder::{self, Cookie, Decoder};
use crate::io::newline::{self, Newline};
use crate::object::{Header, Kind, Object, TypeObj};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::io::{Read, Seek, SeekFrom, Write};

/// `_io.TextIOWrapper` (the name CPython's messages use).
pub static TEXT_IO_WRAPPER_TYPE: TypeObj = TypeObj::builtin(
    "_io.TextIOWrapper",
    Some(&crate::io::tables::TEXT_IO_BASE_TYPE),
    Kind::TextIO,
)
.with_attrs(&crate::io::tables::TEXT_IO_WRAPPER_ATTRS);

/// Bytes read from the OS and decoded at a time, and the size of encoded
/// text kept before it is written (CPython's `_CHUNK_SIZE`).
pub const CHUNK: usize = 8192;

/// What a file object reads from and writes to.
pub enum Raw {
    /// A file `open` opened.
    File(std::fs::File),
    /// `sys.stdin`: reads go through the buffer `input()` shares.
    Stdin,
    /// `sys.stdout`: writes go to rt's stdout buffer.
    Stdout,
    /// `sys.stderr`: writes go straight to the descriptor.
    Stderr,
    /// A closed file (its descriptor is closed).
    Closed,
}

/// The mutable state of a file object.
pub struct FileState {
    pub raw: Raw,
    pub readable: bool,
    pub writable: bool,
    pub codec: Codec,
    pub errors: Errors,
    pub newline: Newline,
    /// Flush after each write with a newline (`buffering=1`).
    pub line_buffering: bool,
    /// Whether the OS can seek the file, once asked.
    pub seekable: Option<bool>,
    /// Encoded text not yet written to the OS.
    pub wbuf: Vec<u8>,
    /// The decoder (what it holds between chunks).
    pub decoder: Decoder,
    /// The decoded (and newline-translated) chunk being read...
    pub text: String,
    /// ... and how much of it (bytes) has been returned.
    pub pos: usize,
    /// For `tell`: the decoder's flags before the chunk, and the bytes it
    /// was fed (what it held, then the chunk), as CPython's snapshot.
    pub snapshot: Option<(u32, Vec<u8>)>,
    /// Bytes per character of the last chunk (CPython's `b2cratio`).
    pub b2cratio: f64,
    /// False while iteration has disabled `tell` (CPython's rule).
    pub telling: bool,
}

impl FileState {
    /// The state of a newly opened file.
    pub fn new(
        raw: Raw,
        readable: bool,
        writable: bool,
        codec: Codec,
        errors: Errors,
        newline: Newline,
    ) -> FileState {
        FileState {
            raw,
            readable,
            writable,
            codec,
            errors,
            newline,
            line_buffering: false,
            seekable: None,
            wbuf: Vec::new(),
            decoder: Decoder::new(codec, errors, newline),
            text: String::new(),
            pos: 0,
            snapshot: None,
            b2cratio: 0.0,
            telling: true,
        }
    }
}

/// A text file object.
#[repr(C)]
pub struct FileObj {
    pub header: Header,
    /// `name`: what `open` was given, or `<stdout>`.
    pub name: Cell<Value>,
    /// `mode` as given (`'r'`, `'w+'`, `'rt'`).
    pub mode: Cell<Value>,
    /// `encoding` as given, or the locale's (`'UTF-8'`).
    pub encoding: Cell<Value>,
    /// `errors` as given, or `'strict'`.
    pub errors: Cell<Value>,
    /// True once closed; outside `st` so the collector's finaliser check
    /// reads it without borrowing.
    pub closed: Cell<bool>,
    pub st: RefCell<FileState>,
}

// SAFETY: repr(C), Header first; every Kind::TextIO object is a FileObj.
unsafe impl Object for FileObj {
    const KINDS: &'static [Kind] = &[Kind::TextIO];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.name.get());
        t.visit(self.mode.get());
        t.visit(self.encoding.get());
        t.visit(self.errors.get());
    }
}

/// Allocates a file object.
pub fn new(name: Value, mode: Value, encoding: Value, errors: Value, st: FileState) -> Value {
    Value::from_ref(crate::gc::alloc(FileObj {
        header: Header::new(&TEXT_IO_WRAPPER_TYPE),
        name: Cell::new(name),
        mode: Cell::new(mode),
        encoding: Cell::new(encoding),
        errors: Cell::new(errors),
        closed: Cell::new(false),
        st: RefCell::new(st),
    }))
}

/// The file object `v` (of kind TextIO).
pub fn obj(v: Value) -> &'static FileObj {
    v.as_ref::<FileObj>()
}

/// The name of the error handler, for messages.
fn errors_name(f: &FileObj) -> &'static str {
    crate::objects::str::try_str(f.errors.get()).unwrap_or("strict")
}

// ---- errors --------------------------------------------------------------------------------

/// `ValueError: I/O operation on closed file.` (the TextIOWrapper checks).
pub fn closed_error() -> Pending {
    value_error("I/O operation on closed file.")
}

/// `ValueError: I/O operation on closed file` (without the period: the
/// checks of the layers below, reached by `fileno`, `seekable`, ...).
pub fn closed_error_raw() -> Pending {
    value_error("I/O operation on closed file")
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> Pending {
    crate::io::unsupported(msg)
}

/// Raises the OSError for a failed OS call.
fn os_error(e: std::io::Error) -> Pending {
    exc::os_error::raise_io(&e, None)
}

/// Fails unless `f` is open.
fn check_open(f: &FileObj) -> R<()> {
    if f.closed.get() {
        Err(closed_error())
    } else {
        Ok(())
    }
}

// ---- writing -------------------------------------------------------------------------------

/// Writes the buffered bytes to the OS. On failure the bytes stay, as
/// CPython's BufferedWriter keeps what it could not write.
fn flush_writes(st: &mut FileState) -> std::io::Result<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    if let Raw::File(file) = &mut st.raw {
        file.write_all(&st.wbuf)?;
    }
    st.wbuf.clear();
    Ok(())
}

/// Forgets what was read ahead and resets the decoder (before a write or
/// a seek to the end).
fn reset_read(st: &mut FileState) {
    st.text.clear();
    st.pos = 0;
    st.snapshot = None;
    st.decoder.reset();
}

/// `f.write(s)` for a str `s`: returns its length in characters.
pub fn write(v: Value, s: Value) -> R<usize> {
    let f = obj(v);
    let text = crate::objects::str::as_str(s);
    let nchars = s.as_ref::<crate::objects::str::StrObj>().nchars;
    check_open(f)?;
    let mut st = f.st.borrow_mut();
    if !st.writable {
        drop(st);
        return Err(unsupported("not writable"));
    }
    match st.raw {
        Raw::Stdout => {
            drop(st);
            crate::builtins::output::try_write_out(text)?;
            return Ok(nchars);
        }
        Raw::Stderr => {
            drop(st);
            crate::builtins::output::write_err(text);
            return Ok(nchars);
        }
        _ => {}
    }
    let translated;
    let text = match st.newline.file_write_translation() {
        Some(to) if text.contains('\n') => {
            translated = newline::translate_write(text, to);
            translated.as_str()
        }
        _ => text,
    };
    let mut bytes = Vec::new();
    codec::encode(st.codec, st.errors, errors_name(f), text, &mut bytes)?;
    st.wbuf.extend_from_slice(&bytes);
    if st.readable {
        reset_read(&mut st);
    }
    let line_flush = st.line_buffering && text.contains(['\n', '\r']);
    if st.wbuf.len() >= CHUNK || line_flush {
        flush_writes(&mut st).map_err(os_error)?;
    }
    Ok(nchars)
}

/// `f.flush()`
pub fn flush(v: Value) -> R<()> {
    let f = obj(v);
    check_open(f)?;
    let mut st = f.st.borrow_mut();
    match st.raw {
        Raw::Stdout => {
            drop(st);
            crate::builtins::output::try_flush()
        }
        Raw::File(_) => {
            st.telling = seekable_state(&mut st);
            flush_writes(&mut st).map_err(os_error)
        }
        _ => Ok(()),
    }
}

/// Flushes an open file's writes, ignoring errors (the bytes stay for
/// `close` to report): before another file is opened, so a program that
/// reads back what it wrote without closing sees it.
pub fn flush_quietly(v: Value) {
    let f = obj(v);
    if !f.closed.get() {
        let _ = flush_writes(&mut f.st.borrow_mut());
    }
}

/// `f.close()`: flushes, closes the descriptor (a failed flush still
/// closes, then raises). Closing again does nothing.
pub fn close(v: Value) -> R<()> {
    let f = obj(v);
    if f.closed.get() {
        return Ok(());
    }
    let mut st = f.st.borrow_mut();
    let flushed = match st.raw {
        Raw::Stdout => crate::builtins::output::try_flush().map_err(|_| None),
        _ => flush_writes(&mut st).map_err(Some),
    };
    if let Raw::File(_) = st.raw {
        st.raw = Raw::Closed;
    }
    reset_read(&mut st);
    st.wbuf.clear();
    drop(st);
    f.closed.set(true);
    crate::io::registry::forget(v);
    match flushed {
        Ok(()) => Ok(()),
        Err(Some(e)) => Err(os_error(e)),
        // `try_flush` raised already.
        Err(None) => Err(Pending),
    }
}

/// Closes `v`, dropping any error (the collector's finaliser and the exit
/// path: CPython reports nothing for these either).
pub fn close_quietly(v: Value) {
    if close(v).is_err() {
        crate::exc::error::take_pending();
    }
}

// ---- reading -------------------------------------------------------------------------------

/// Fails unless `f` is open and readable; writes waiting are flushed first
/// (reading after writing in `+` modes sees them).
fn begin_read(f: &'static FileObj) -> R<std::cell::RefMut<'static, FileState>> {
    check_open(f)?;
    let mut st = f.st.borrow_mut();
    if !st.readable {
        drop(st);
        return Err(unsupported("not readable"));
    }
    flush_writes(&mut st).map_err(os_error)?;
    Ok(st)
}

/// Runs `op` on the OS file: a standard stream's is a duplicate of its
/// descriptor (sharing its position), stdout's taken after a flush.
fn os_file<T>(
    st: &mut FileState,
    op: impl FnOnce(&mut std::fs::File) -> std::io::Result<T>,
) -> std::io::Result<T> {
    match &mut st.raw {
        Raw::File(file) => op(file),
        Raw::Closed => Err(std::io::Error::from_raw_os_error(9)),
        std => {
            if matches!(std, Raw::Stdout) {
                crate::builtins::output::try_flush_io()?;
            }
            op(&mut crate::io::streams::duplicate(std)?)
        }
    }
}

/// The OS file position.
fn os_position(st: &mut FileState) -> std::io::Result<u64> {
    os_file(st, |f| f.stream_position())
}

/// Reads up to `want` bytes (fewer only at the end of the file).
fn read_os(st: &mut FileState, want: usize) -> std::io::Result<Vec<u8>> {
    let Raw::File(file) = &mut st.raw else {
        return Ok(Vec::new());
    };
    let mut buf = vec![0u8; want];
    let mut got = 0;
    while got < want {
        match file.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    buf.truncate(got);
    Ok(buf)
}

/// Reads and decodes the next chunk of at least `hint` characters' worth
/// of bytes into the (consumed) read buffer, as CPython's `_read_chunk`:
/// false once the file is exhausted (what the decoder held is then
/// decoded, an error if it is an incomplete character).
fn next_chunk(f: &FileObj, st: &mut FileState, hint: usize) -> R<bool> {
    let before = st
        .telling
        .then(|| (st.decoder.state().1, st.decoder.held().to_vec()));
    let size = if hint > 0 {
        (st.b2cratio.max(1.0) * hint as f64) as usize
    } else {
        0
    };
    let chunk = read_os(st, size.max(CHUNK)).map_err(os_error)?;
    let last = chunk.is_empty();
    let decoded = match st.decoder.decode(&chunk, last, errors_name(f)) {
        Ok(d) => d,
        Err(p) => {
            st.text.clear();
            st.pos = 0;
            return Err(p);
        }
    };
    let nchars = decoded.chars().count();
    st.b2cratio = if nchars > 0 {
        chunk.len() as f64 / nchars as f64
    } else {
        0.0
    };
    st.text = decoded;
    st.pos = 0;
    if let Some((flags, mut held)) = before {
        held.extend_from_slice(&chunk);
        st.snapshot = Some((flags, held));
    }
    Ok(!last)
}

/// The byte index in `s` after its first `n` characters (or its length).
fn char_boundary(s: &str, n: usize) -> usize {
    if s.len() <= n {
        return s.len();
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// `f.read(n)`: all the rest for a negative `n`.
pub fn read(v: Value, n: i64) -> R<String> {
    let f = obj(v);
    if matches!(f.st.borrow().raw, Raw::Stdin) {
        check_open(f)?;
        return crate::io::streams::stdin_read(n);
    }
    let mut st = begin_read(f)?;
    let mut out = String::new();
    if n < 0 {
        let mut rest = Vec::new();
        if let Raw::File(file) = &mut st.raw {
            file.read_to_end(&mut rest).map_err(os_error)?;
        }
        let st = &mut *st;
        let decoded = st.decoder.decode(&rest, true, errors_name(f))?;
        out.push_str(&st.text[st.pos..]);
        out.push_str(&decoded);
        st.text.clear();
        st.pos = 0;
        st.snapshot = None;
        return Ok(out);
    }
    let want = usize::try_from(n).unwrap_or(usize::MAX);
    let mut have = 0;
    loop {
        let avail = &st.text[st.pos..];
        let end = char_boundary(avail, want - have);
        have += avail[..end].chars().count();
        out.push_str(&avail[..end]);
        st.pos += end;
        if have >= want || !next_chunk(f, &mut st, want - have)? && st.text.is_empty() {
            return Ok(out);
        }
    }
}

/// `f.readline(limit)`: one line with its end, at most `limit` characters
/// when `limit` is not negative; empty at the end of the file.
pub fn readline(v: Value, limit: i64) -> R<String> {
    let f = obj(v);
    if matches!(f.st.borrow().raw, Raw::Stdin) {
        check_open(f)?;
        return crate::io::streams::stdin_readline(limit);
    }
    let mut st = begin_read(f)?;
    let limit = usize::try_from(limit).ok();
    let mut line = String::new();
    let mut nchars = 0;
    let mut more = true;
    loop {
        let mode = st.newline;
        let mut avail = &st.text[st.pos..];
        if let Some(limit) = limit {
            avail = &avail[..char_boundary(avail, limit - nchars)];
        }
        // A "\r\n" split between chunks (only `\r\n` mode can meet one:
        // the universal modes hold a final `\r` back).
        if mode == Newline::CrLf && line.ends_with('\r') && avail.starts_with('\n') {
            line.push('\n');
            st.pos += 1;
            return Ok(line);
        }
        let at_end = !more || avail.len() < st.text.len() - st.pos;
        if let Some(end) = mode.line_end(avail, at_end) {
            if line.is_empty() {
                // The common case: the whole line is in this chunk.
                line = avail[..end].to_string();
            } else {
                line.push_str(&avail[..end]);
            }
            st.pos += end;
            return Ok(line);
        }
        nchars += avail.chars().count();
        line.push_str(avail);
        st.pos += avail.len();
        if limit.is_some_and(|l| nchars >= l) || !more {
            return Ok(line);
        }
        more = next_chunk(f, &mut st, 0)?;
    }
}

/// The next line for iteration (`for line in f`, `next(f)`): disables
/// `tell` until the end is reached, as CPython does; None at the end.
pub fn next_line(v: Value) -> R<Option<Value>> {
    let f = obj(v);
    check_open(f)?;
    f.st.borrow_mut().telling = false;
    let line = readline(v, -1)?;
    if line.is_empty() {
        let mut st = f.st.borrow_mut();
        st.snapshot = None;
        st.telling = seekable_state(&mut st);
        return Ok(None);
    }
    Ok(Some(crate::objects::str::from_string(line)))
}

// ---- positions -----------------------------------------------------------------------------

/// Whether the OS file can seek (asked once).
fn seekable_state(st: &mut FileState) -> bool {
    if let Some(s) = st.seekable {
        return s;
    }
    let s = os_position(st).is_ok();
    st.seekable = Some(s);
    s
}

/// `f.seekable()`
pub fn seekable(v: Value) -> R<bool> {
    let f = obj(v);
    if f.closed.get() {
        return Err(closed_error_raw());
    }
    Ok(seekable_state(&mut f.st.borrow_mut()))
}

/// Fails unless `f` is open and seekable.
fn check_seekable(f: &FileObj, st: &mut FileState) -> R<()> {
    if f.closed.get() {
        return Err(closed_error());
    }
    if !seekable_state(st) {
        return Err(unsupported("underlying stream is not seekable"));
    }
    Ok(())
}

/// `f.tell()`: CPython's cookie (a byte offset when the decoder holds
/// nothing at the position).
pub fn tell(v: Value) -> R<Value> {
    let f = obj(v);
    let mut st = f.st.borrow_mut();
    check_seekable(f, &mut st)?;
    if !st.telling {
        drop(st);
        return Err(raise(
            &exc::OS_ERROR,
            "telling position disabled by next() call",
        ));
    }
    flush_writes(&mut st).map_err(os_error)?;
    st.telling = seekable_state(&mut st);
    let here = os_position(&mut st).map_err(os_error)?;
    let plain = |p: u64| Ok(crate::objects::int::from_i128(i128::from(p)));
    if !st.readable {
        return plain(here);
    }
    let st = &mut *st;
    let Some((flags, input)) = &st.snapshot else {
        return plain(here);
    };
    let used = st.text[..st.pos].chars().count();
    let start = here.saturating_sub(input.len() as u64);
    let c = decoder::tell(
        &mut st.decoder,
        *flags,
        input,
        start,
        used,
        st.b2cratio,
        errors_name(f),
    )?;
    Ok(c.value())
}

/// `f.seek(0, 2)`: to the end; returns the new offset.
pub fn seek_end(v: Value) -> R<u64> {
    let f = obj(v);
    let mut st = f.st.borrow_mut();
    check_seekable(f, &mut st)?;
    flush_writes(&mut st).map_err(os_error)?;
    st.telling = true;
    reset_read(&mut st);
    os_file(&mut st, |f| f.seek(SeekFrom::End(0))).map_err(os_error)
}

/// `f.seek(cookie)`: back to the cookie's start point, then the decoder
/// is fed and characters skipped as it says.
pub fn seek(v: Value, cookie: Cookie) -> R<()> {
    let f = obj(v);
    let mut st = f.st.borrow_mut();
    check_seekable(f, &mut st)?;
    flush_writes(&mut st).map_err(os_error)?;
    st.telling = true;
    os_file(&mut st, |f| f.seek(SeekFrom::Start(cookie.start_pos))).map_err(os_error)?;
    st.text.clear();
    st.pos = 0;
    st.decoder.restart(cookie.start_pos, cookie.dec_flags);
    if cookie.chars_to_skip == 0 {
        st.snapshot = Some((cookie.dec_flags, Vec::new()));
        return Ok(());
    }
    let chunk = read_os(&mut st, cookie.bytes_to_feed as usize).map_err(os_error)?;
    let st = &mut *st;
    let text = st.decoder.decode(&chunk, cookie.need_eof, errors_name(f))?;
    st.snapshot = Some((cookie.dec_flags, chunk));
    let skip = cookie.chars_to_skip as usize;
    if text.chars().count() < skip {
        return Err(raise(&exc::OS_ERROR, "can't restore logical file position"));
    }
    st.pos = char_boundary(&text, skip);
    st.text = text;
    Ok(())
}

/// Checks that `f` can be truncated and flushes it: the part of
/// `truncate` before its argument is converted.
pub fn truncate_check(v: Value) -> R<()> {
    let f = obj(v);
    check_open(f)?;
    let mut st = f.st.borrow_mut();
    flush_writes(&mut st).map_err(os_error)?;
    if !st.writable {
        drop(st);
        return Err(unsupported("truncate"));
    }
    Ok(())
}

/// `f.truncate(size)`: the current OS position when `size` is None.
pub fn truncate(v: Value, size: Option<i64>) -> R<u64> {
    let f = obj(v);
    let mut st = f.st.borrow_mut();
    let size = match size {
        Some(s) => u64::try_from(s).map_err(|_| exc::os_error::raise_errno(22))?,
        None => os_position(&mut st).map_err(os_error)?,
    };
    os_file(&mut st, |f| f.set_len(size)).map_err(os_error)?;
    Ok(size)
}

// ---- properties ----------------------------------------------------------------------------

/// `f.readable()` / `f.writable()`: on a closed file, False for a mode
/// that never had it and ValueError otherwise (what CPython's layers do).
pub fn able(v: Value, write: bool) -> R<bool> {
    let f = obj(v);
    let st = f.st.borrow();
    let has = if write { st.writable } else { st.readable };
    if f.closed.get() && has {
        return Err(closed_error_raw());
    }
    Ok(has)
}

/// `f.fileno()`
pub fn fileno(v: Value) -> R<i64> {
    let f = obj(v);
    if f.closed.get() {
        return Err(closed_error_raw());
    }
    Ok(match &f.st.borrow().raw {
        Raw::File(file) => i64::from(std::os::fd::AsRawFd::as_raw_fd(file)),
        Raw::Stdin => 0,
        Raw::Stdout => 1,
        Raw::Stderr => 2,
        Raw::Closed => return Err(closed_error_raw()),
    })
}

/// `f.isatty()`
pub fn isatty(v: Value) -> R<bool> {
    use std::io::IsTerminal;
    let f = obj(v);
    if f.closed.get() {
        return Err(closed_error_raw());
    }
    Ok(match &f.st.borrow().raw {
        Raw::File(file) => file.is_terminal(),
        Raw::Stdin => std::io::stdin().is_terminal(),
        Raw::Stdout => std::io::stdout().is_terminal(),
        Raw::Stderr => std::io::stderr().is_terminal(),
        Raw::Closed => false,
    })
}

/// `f.newlines`
pub fn newlines(v: Value) -> Value {
    obj(v).st.borrow().decoder.seen.value()
}

/// `f.line_buffering`
pub fn line_buffering(v: Value) -> bool {
    obj(v).st.borrow().line_buffering
}

/// `repr(f)`: `<_io.TextIOWrapper name='x.txt' mode='w' encoding='UTF-8'>`.
pub fn repr(v: Value) -> R<String> {
    let f = obj(v);
    let show = crate::protocol::dispatch::repr;
    Ok(format!(
        "<_io.TextIOWrapper name={} mode={} encoding={}>",
        show(f.name.get())?,
        show(f.mode.get())?,
        show(f.encoding.get())?
    ))
}
