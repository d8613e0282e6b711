//! Traceback entries recorded by generated code as an exception passes
//! through a frame, and the report printed for an uncaught exception.

use crate::exc::error::{type_error, R};
use crate::exc::{display_width, ExcObj, TbEntry};
use crate::object::{Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::state::GlobalCell;
use crate::value::Value;

/// Static per-function data emitted by the compiler: file and function
/// name, the source text, and the module's traceback sites.
#[repr(C)]
pub struct CodeInfo {
    pub file: *const u8,
    pub file_len: usize,
    pub name: *const u8,
    pub name_len: usize,
    /// The whole source text of the file (for printing the source line), or null.
    pub source: *const u8,
    pub source_len: usize,
    /// The module's traceback sites (`alc_rt_tb_add`'s `site` indexes them).
    pub sites: *const TbSite,
    pub n_sites: usize,
    /// The code's module: its index in the program's module table.
    pub module: usize,
}

/// Where one operation is in the source (`alrt_abi::layout::TB_SITE_*`):
/// CPython's code position of the instruction that raised.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TbSite {
    pub line: u32,
    pub end_line: u32,
    /// 0-based UTF-8 byte offsets into their lines; `end_col` exclusive.
    pub col: u32,
    pub end_col: u32,
    /// The `^` part among `~` (`TB_NO_ANCHOR` when there is none), on `line`.
    pub anchor: u32,
    pub anchor_end: u32,
    /// Where `o.m` of a method call `o.m(...)` ends (`TB_NO_ANCHOR` else).
    pub callee_end_line: u32,
    pub callee_end_col: u32,
}

/// The start of the file names (`<doctest NAME[`) whose code shows its
/// source lines in reports, as CPython's doctest makes `linecache` give
/// the running test's examples; empty when none does.
static SHOWN_SOURCE: GlobalCell<String> = GlobalCell::new(String::new());

/// Makes code compiled under file names starting with `prefix` show its
/// source lines in reports (an empty `prefix`: none again).
pub fn show_source(prefix: &str) {
    SHOWN_SOURCE.with(|p| *p = prefix.to_string());
}

/// Set when a method call failed looking its method up, for the next entry.
static LOOKUP_FAILED: GlobalCell<bool> = GlobalCell::new(false);

/// Called by the method-call entry points when `o.name(...)` failed: if the
/// pending exception is the AttributeError of looking `name` up on `o`,
/// just raised, the entry generated code records next shows `o.name` only,
/// as CPython's separate attribute load does.
pub fn method_call_failed(o: Value, name: Value) {
    let Some(e) = crate::exc::error::pending().downcast::<ExcObj>() else {
        return;
    };
    if !e.tb.borrow().is_empty() {
        return;
    }
    let missing = e.name.get();
    if missing.is_null() || missing.kind() != crate::object::Kind::Tuple {
        return;
    }
    if let [obj, attr] = crate::objects::tuple::items(missing) {
        let same_name = crate::objects::str::try_str(*attr) == crate::objects::str::try_str(name);
        if *obj == o && same_name {
            LOOKUP_FAILED.with(|f| *f = true);
        }
    }
}

// SAFETY: CodeInfo is immutable static data emitted by the compiler.
unsafe impl Sync for CodeInfo {}

fn slice_str(ptr: *const u8, len: usize) -> &'static str {
    if ptr.is_null() {
        return "";
    }
    // SAFETY: the compiler emits (ptr, len) pairs for UTF-8 text that lives
    // in the executable's read-only data for the whole run.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    std::str::from_utf8(bytes).unwrap_or("?")
}

impl CodeInfo {
    /// The source file name.
    pub fn file(&self) -> &'static str {
        slice_str(self.file, self.file_len)
    }
    /// The function name (`<module>` for top-level code).
    pub fn name(&self) -> &'static str {
        slice_str(self.name, self.name_len)
    }
    /// Text of 1-based `line` without its line break, if the source was embedded.
    /// Code compiled by `exec` from a `<string>` has none to show, as
    /// CPython's `linecache` finds no such file, unless `show_source`
    /// named it.
    pub fn source_line(&self, line: u32) -> Option<&'static str> {
        let file = self.file();
        if file.starts_with('<')
            && file.ends_with('>')
            && !SHOWN_SOURCE.with(|p| !p.is_empty() && file.starts_with(p.as_str()))
        {
            return None;
        }
        let src = slice_str(self.source, self.source_len);
        src.split('\n')
            .nth((line as usize).checked_sub(1)?)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
    /// Traceback site `site`, if the compiler recorded it.
    pub fn site(&self, site: u32) -> Option<TbSite> {
        if self.sites.is_null() || site as usize >= self.n_sites {
            return None;
        }
        // SAFETY: the compiler emits `n_sites` consecutive `TbSite`s at
        // `sites` in read-only data that lives for the whole run.
        let sites = unsafe { std::slice::from_raw_parts(self.sites, self.n_sites) };
        Some(sites[site as usize])
    }
}

/// Appends a traceback entry for `site` of the function described by `info`
/// to the pending exception. Generated code calls it once per frame an
/// exception passes through (and again after `raise e` of an exception that
/// already has entries, as CPython does); re-raises that continue the same
/// exception (bare `raise`, the end of `finally`) do not call it.
pub fn add_entry(info: &'static CodeInfo, site: u32) {
    let exc = crate::exc::error::pending();
    if let Some(e) = exc.downcast::<ExcObj>() {
        // No entry yet: the exception was just raised, here or in rt.
        if e.tb.borrow().is_empty() && e.header.flags.get() & crate::exc::FLAG_NO_CHAIN == 0 {
            crate::exc::handling::chain_raised(exc);
        }
        let at_callee = LOOKUP_FAILED.with(std::mem::take);
        e.tb.borrow_mut().push(TbEntry::new(info, site, at_callee));
    }
}

// ====== Traceback objects ======

/// `traceback`, the type of `e.__traceback__`.
pub static TRACEBACK_TYPE: TypeObj =
    TypeObj::builtin("traceback", Some(&OBJECT_TYPE), Kind::Traceback);

/// A traceback object: entry `idx` of a copy of an exception's entries
/// (innermost first), with the deeper ones (`tb_next`) below it. CPython
/// links one object per entry; alc builds them on demand, so two reads of
/// `e.__traceback__` are equal in content but not the same object.
#[repr(C)]
pub struct TbObj {
    pub header: Header,
    entries: Vec<TbEntry>,
    idx: usize,
}

// SAFETY: repr(C), Header first; every Kind::Traceback object is a TbObj.
// It holds no values (its `CodeInfo`s are static data), so nothing to trace.
unsafe impl Object for TbObj {
    const KINDS: &'static [Kind] = &[Kind::Traceback];

    fn trace(&self, _t: &mut crate::gc::Tracer) {}
}

fn new_tb(entries: Vec<TbEntry>, idx: usize) -> Value {
    Value::from_ref(crate::gc::alloc(TbObj {
        header: Header::new(&TRACEBACK_TYPE),
        entries,
        idx,
    }))
}

/// `e.__traceback__`: None before `e` was raised, else the outermost entry.
pub fn traceback_of(exc: &ExcObj) -> Value {
    let entries = exc.tb.borrow().clone();
    match entries.len() {
        0 => crate::object::none(),
        n => new_tb(entries, n - 1),
    }
}

/// `e.__traceback__ = tb` and `e.with_traceback(tb)`: `tb` is a traceback
/// object or None.
pub fn set_traceback(exc: &ExcObj, tb: Value) -> R<()> {
    if crate::object::is_none(tb) {
        exc.tb.borrow_mut().clear();
        return Ok(());
    }
    let Some(t) = tb.downcast::<TbObj>() else {
        return Err(type_error("__traceback__ must be a traceback or None"));
    };
    *exc.tb.borrow_mut() = t.entries[..=t.idx].to_vec();
    Ok(())
}

/// The entries from traceback object `tb` on (outermost first), or None
/// when `tb` is not a traceback.
pub fn entries_from(tb: Value) -> Option<Vec<TbEntry>> {
    let t = tb.downcast::<TbObj>()?;
    Some(t.entries[..=t.idx].iter().rev().cloned().collect())
}

/// The text of the entries from traceback object `tb` on, as a report
/// prints them (markers, repeated lines collapsed); `limit` keeps the
/// first `limit` entries, or the last `-limit`, as `traceback.format_tb`.
/// None when `tb` is not a traceback.
pub fn format_tb(tb: Value, limit: Option<i64>) -> Option<String> {
    let t = tb.downcast::<TbObj>()?;
    // Innermost first, as an exception keeps them.
    let all = &t.entries[..=t.idx];
    let n = all.len();
    let shown = match limit {
        None => all,
        Some(l) if l >= 0 => &all[n - n.min(l as usize)..],
        Some(l) => &all[..n.min(l.unsigned_abs() as usize)],
    };
    let mut out = String::new();
    format_entries(&mut out, shown);
    Some(out)
}

/// The last part of the report of `exc`: its type and message line and
/// its notes, as CPython 3.11's `traceback.format_exception_only` (whose
/// lines have no "Did you mean" hint: only the interpreter's report has).
pub fn format_exception_only(exc: Value) -> String {
    let Some(e) = exc.downcast::<ExcObj>() else {
        return String::new();
    };
    if crate::exc::syntax_error::is_syntax_error(e) {
        let name = type_display_name(e.header.ty);
        let mut out = crate::exc::syntax_error::format_module_style(e, &name);
        out.push_str(&crate::exc::notes_text(exc));
        return out;
    }
    let mut out = message_line(exc, e, false);
    out.push_str(&crate::exc::notes_text(exc));
    out
}

/// The attributes of traceback objects alc has: `tb_lineno`, `tb_next`.
pub fn attr(o: Value, name: &str) -> R<Option<Value>> {
    let t = o.as_ref::<TbObj>();
    Ok(match name {
        "tb_lineno" => Some(Value::from_small(i64::from(t.entries[t.idx].line()))),
        "tb_next" if t.idx == 0 => Some(crate::object::none()),
        "tb_next" => Some(new_tb(t.entries.clone(), t.idx - 1)),
        "tb_frame" | "tb_lasti" => {
            return Err(crate::exc::error::raise(
                &crate::exc::ATTRIBUTE_ERROR,
                format!("not supported yet: traceback.{name} (alc has no frame objects)"),
            ))
        }
        _ => None,
    })
}

// ====== The report ======

/// CPython prints at most this many identical consecutive entries, then
/// counts the rest (`TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;
/// CPython prints only the last this many entries (`sys.tracebacklimit`'s
/// default).
const TB_LIMIT: usize = 1000;

/// The entries of `tb` (innermost entry first) under a traceback header,
/// with runs of identical entries collapsed as CPython does.
fn format_entries(out: &mut String, tb: &[TbEntry]) {
    let shown = &tb[..tb.len().min(TB_LIMIT)];
    let mut last: Option<(&str, &str, u32)> = None;
    let mut count = 0;
    for entry in shown.iter().rev() {
        let key = (entry.info.file(), entry.info.name(), entry.line());
        if last != Some(key) {
            repeated(out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            format_entry(out, entry);
        }
    }
    repeated(out, count);
}

fn repeated(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// One entry: the `File` line, the source line without its indentation,
/// and CPython's markers under the failing expression.
fn format_entry(out: &mut String, entry: &TbEntry) {
    let info = entry.info;
    let line_no = entry.line();
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        info.file(),
        line_no,
        info.name()
    ));
    let Some(src) = info.source_line(line_no) else {
        return;
    };
    let stripped = src.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    if let Some(mut site) = info.site(entry.site) {
        if entry.at_callee && site.callee_end_line != alrt_abi::layout::TB_NO_ANCHOR {
            site.end_line = site.callee_end_line;
            site.end_col = site.callee_end_col;
            site.anchor = alrt_abi::layout::TB_NO_ANCHOR;
        }
        let indent = src.len() - stripped.len();
        if let Some(marks) = markers(src, indent, &site) {
            out.push_str(&format!("    {marks}\n"));
        }
    }
}

/// The marker line under `src` (its first `indent` bytes are not printed)
/// for `site`, or `None` where CPython prints none: markers are placed by
/// display width (a wide character takes two), and left out when `^` would
/// cover the whole printed line.
fn markers(src: &str, indent: usize, site: &TbSite) -> Option<String> {
    // The column of a byte offset into `src`.
    let col = |byte: u32| -> Option<usize> {
        let byte = byte as usize;
        src.is_char_boundary(byte)
            .then(|| display_width::width(&src[..byte]))
    };
    let start = col(site.col)?;
    let mut anchors = None;
    let end = if site.end_line == site.line {
        if site.anchor != alrt_abi::layout::TB_NO_ANCHOR {
            anchors = Some((col(site.anchor)?, col(site.anchor_end)?));
        }
        col(site.end_col)?
    } else {
        // A multi-line expression is marked to the end of its first line.
        col(src.trim_end_matches([' ', '\t', '\x0c']).len() as u32)?
    };
    let skipped = display_width::width(&src[..indent]);
    let printed = display_width::width(src) - skipped;
    if start < skipped || end <= start || (anchors.is_none() && end - start == printed) {
        return None;
    }
    let mut res = " ".repeat(start - skipped);
    for i in start..end {
        res.push(match anchors {
            Some((a, b)) if i < a || i >= b => '~',
            _ => '^',
        });
    }
    Some(res)
}

/// Formats the report CPython prints for an uncaught exception: chained
/// causes and contexts first, exception groups as boxes of their
/// sub-exceptions (CPython 3.11's `print_exception_recursive`).
pub fn format_uncaught(exc: Value) -> String {
    let mut r = Report {
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    r.recursive(exc);
    r.out
}

/// CPython prints at most this many sub-exceptions of a group...
const MAX_GROUP_WIDTH: usize = 15;
/// ... and groups nested at most this deep.
const MAX_GROUP_DEPTH: usize = 10;

/// The state of one uncaught-exception report.
struct Report {
    out: String,
    /// Exceptions printed (or being printed): each is printed once.
    seen: Vec<Value>,
    /// How many exception groups enclose what is printed now.
    depth: usize,
    /// The last sub-exception of a group is printed and its box not yet closed.
    need_close: bool,
}

impl Report {
    fn indent(&mut self) {
        for _ in 0..2 * self.depth {
            self.out.push(' ');
        }
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// The indentation and margin every line inside a group starts with.
    fn indented_margin(&mut self) {
        self.indent();
        let m = self.margin();
        self.out.push_str(m);
    }

    /// Appends `text` (whole lines) with the margin before each line.
    fn lines(&mut self, text: &str) {
        for line in text.split_inclusive('\n') {
            self.indented_margin();
            self.out.push_str(line);
        }
    }

    fn recursive(&mut self, exc: Value) {
        self.seen.push(exc);
        self.chained(exc);
        if exc
            .downcast::<ExcObj>()
            .is_some_and(crate::exc::group::is_group)
        {
            self.group(exc);
        } else {
            self.exception(exc);
        }
    }

    /// The cause, or else the context unless suppressed, before `exc`.
    fn chained(&mut self, exc: Value) {
        let Some(e) = exc.downcast::<ExcObj>() else {
            return;
        };
        let cause = e.cause.get();
        let (other, msg) = if !cause.is_null() {
            (
                cause,
                "The above exception was the direct cause of the following exception:\n",
            )
        } else if !e.suppress_context.get() && !e.context.get().is_null() {
            (
                e.context.get(),
                "During handling of the above exception, another exception occurred:\n",
            )
        } else {
            return;
        };
        if self.seen.contains(&other) {
            return;
        }
        let need_close = self.need_close;
        self.recursive(other);
        self.need_close = need_close;
        self.indented_margin();
        self.out.push('\n');
        self.indented_margin();
        self.out.push_str(msg);
        self.indented_margin();
        self.out.push('\n');
    }

    /// One exception: its traceback, `Type: message` and notes.
    fn exception(&mut self, exc: Value) {
        let Some(e) = exc.downcast::<ExcObj>() else {
            self.out.push_str("SystemError: bad exception object\n");
            return;
        };
        let tb = e.tb.borrow().clone();
        if !tb.is_empty() {
            let group = crate::exc::group::is_group(e);
            self.indent();
            self.out.push_str(if group && self.depth == 1 {
                "+ "
            } else {
                self.margin()
            });
            self.out.push_str(if group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            });
            let mut entries = String::new();
            format_entries(&mut entries, &tb);
            self.lines(&entries);
        }
        let line = message_line(exc, e, true);
        self.indented_margin();
        self.out.push_str(&line);
        let notes = crate::exc::notes_text(exc);
        self.lines(&notes);
    }

    /// A group: itself, then each sub-exception in a numbered box.
    fn group(&mut self, exc: Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.indented_margin();
            self.out
                .push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if self.depth == 0 {
            self.depth += 1;
        }
        self.exception(exc);
        let excs = crate::exc::group::exceptions(exc.as_ref::<ExcObj>());
        let n = if excs.len() <= MAX_GROUP_WIDTH {
            excs.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // A nested group's last box may close this one too.
                self.need_close = true;
            }
            self.indent();
            let first = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            if truncated {
                self.out
                    .push_str(&format!("{first}+---------------- ... ----------------\n"));
            } else {
                self.out.push_str(&format!(
                    "{first}+---------------- {} ----------------\n",
                    i + 1
                ));
            }
            self.depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                self.indented_margin();
                self.out.push_str(&format!(
                    "and {more} more exception{}\n",
                    if more > 1 { "s" } else { "" }
                ));
            } else {
                self.recursive(excs[i]);
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }
}

/// `Type: message` (or `Type` for an empty message) with, if `hints`,
/// the "Did you mean" hint of a NameError or AttributeError, and its
/// newline.
fn message_line(exc: Value, e: &ExcObj, hints: bool) -> String {
    let name = type_display_name(e.header.ty);
    if crate::exc::syntax_error::is_syntax_error(e) {
        let location = crate::exc::syntax_error::location_lines(e);
        if !location.is_empty() {
            let msg = crate::exc::syntax_error::report_message(e).unwrap_or_default();
            return format!("{location}{name}: {msg}\n");
        }
    }
    let mut msg = crate::protocol::dispatch::str_of(exc).unwrap_or_else(|_| {
        crate::exc::error::take_pending();
        "<exception str() failed>".to_string()
    });
    let missing = e.name.get();
    let hint = if missing.is_null() || !hints {
        None
    } else if let Some(name) = crate::objects::str::try_str(missing) {
        // CPython looks in the globals of the frame that raised.
        let module = e.tb.borrow().first().map_or(0, |t| t.info.module);
        let globals = crate::protocol::import::module_names(module);
        crate::exc::suggest::for_name(&globals, name)
    } else if let [obj, name] = crate::objects::tuple::items(missing) {
        let dir = crate::class::dir_names(*obj);
        let dir: Vec<&str> = dir.iter().map(String::as_str).collect();
        crate::exc::suggest::for_attribute(&dir, crate::objects::str::as_str(*name))
    } else {
        None
    };
    if let Some(s) = hint {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}

/// How the report names an exception's type: the qualified name, after
/// its module unless that is `__main__` or `builtins` (`A.E`,
/// `io.UnsupportedOperation`), as CPython's report does.
pub fn type_display_name(t: &'static crate::object::TypeObj) -> String {
    let Some(c) = t.class else {
        return t.name.to_string();
    };
    let qualname = crate::objects::str::as_str(c.qualname.get());
    match crate::class::module_name(c).as_str() {
        "__main__" | "builtins" => qualname.to_string(),
        m => format!("{m}.{qualname}"),
    }
}

/// Appends `Traceback (most recent call last):` and the entries of `e`'s
/// traceback, if it has any.
fn push_traceback(out: &mut String, e: &ExcObj) {
    let tb = e.tb.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_entries(out, &tb);
    }
}

/// Formats what CPython's default unraisable hook prints for an exception
/// that cannot propagate (raised by a finaliser): `Exception ignored in:
/// <what>`, the exception's own traceback and `Type: message` (the colon
/// even for an empty message; no chained exceptions, notes or hints).
pub fn format_unraisable(what: &str, exc: Value) -> String {
    let mut out = format!("Exception ignored in: {what}\n");
    let Some(e) = exc.downcast::<ExcObj>() else {
        return out;
    };
    push_traceback(&mut out, e);
    let msg = crate::protocol::dispatch::str_of(exc).unwrap_or_else(|_| {
        crate::exc::error::take_pending();
        "<exception str() failed>".to_string()
    });
    out.push_str(&format!("{}: {msg}\n", type_display_name(e.header.ty)));
    out
}
