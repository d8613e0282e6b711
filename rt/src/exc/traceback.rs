//! Traceback entries recorded by generated code as an exception passes
//! through a frame, and the report printed for an uncaught exception.

use crate::exc::{ExcObj, TbEntry};
use crate::value::Value;

/// Static per-function data emitted by the compiler: file and function name.
#[repr(C)]
pub struct CodeInfo {
    pub file: *const u8,
    pub file_len: usize,
    pub name: *const u8,
    pub name_len: usize,
    /// The whole source text of the file (for printing the source line), or null.
    pub source: *const u8,
    pub source_len: usize,
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
    /// Text of 1-based `line`, if the source was embedded.
    pub fn source_line(&self, line: u32) -> Option<&'static str> {
        let src = slice_str(self.source, self.source_len);
        src.lines().nth((line as usize).checked_sub(1)?)
    }
}

/// Appends a traceback entry for `line` of the function described by `info`
/// to the pending exception.
pub fn add_entry(info: &'static CodeInfo, line: u32) {
    let exc = crate::exc::error::pending();
    if let Some(e) = exc.downcast::<ExcObj>() {
        // No entry yet: the exception was just raised, here or in rt.
        if e.tb.borrow().is_empty() {
            crate::exc::handling::chain_raised(exc);
        }
        let mut tb = e.tb.borrow_mut();
        // An exception re-raised in the same frame must not be listed twice.
        if let Some(last) = tb.last() {
            if std::ptr::eq(last.info, info) && last.line == line && tb.len() == 1 {
                return;
            }
        }
        tb.push(TbEntry { info, line });
    }
}

/// Formats the report CPython prints for an uncaught exception.
pub fn format_uncaught(exc: Value) -> String {
    let mut out = String::new();
    let Some(e) = exc.downcast::<ExcObj>() else {
        return "SystemError: bad exception object\n".to_string();
    };
    let cause = e.cause.get();
    if !cause.is_null() {
        out.push_str(&format_uncaught(cause));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !e.suppress_context.get() {
        let ctx = e.context.get();
        if !ctx.is_null() && ctx != exc {
            out.push_str(&format_uncaught(ctx));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    push_traceback(&mut out, e);
    let name = e.header.ty.name;
    let msg = crate::protocol::dispatch::str_of(exc).unwrap_or_else(|_| {
        crate::exc::error::take_pending();
        "<exception str() failed>".to_string()
    });
    let mut msg = msg;
    let missing = e.name.get();
    let hint = if missing.is_null() {
        None
    } else if let Some(name) = crate::objects::str::try_str(missing) {
        crate::exc::suggest::for_name(name)
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
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    out.push_str(&crate::exc::notes_text(exc));
    out
}

/// Appends `Traceback (most recent call last):` and the entries of `e`'s
/// traceback, if it has any.
fn push_traceback(out: &mut String, e: &ExcObj) {
    let tb = e.tb.borrow();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in tb.iter().rev() {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.info.file(),
                entry.line,
                entry.info.name()
            ));
            if let Some(src) = entry.info.source_line(entry.line) {
                out.push_str(&format!("    {}\n", src.trim()));
            }
        }
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
    out.push_str(&format!("{}: {msg}\n", e.header.ty.name));
    out
}
