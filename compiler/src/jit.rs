//! The compiler at run time: `eval`, `exec` and `compile` of a program
//! compile their source here, through the same front end and lowering as
//! `alc`, into memory (`cranelift_jit`), as code that calls the program's
//! rt through the same ABI (`lower/exec.rs` says how its names differ).
//! The `alrt-jit` library links this into the programs that need it.

use crate::diagnostics::Diagnostic;
use crate::lower::exec::{lower_exec, ExecUnit};
use crate::span::{SourceFile, Span};

pub use crate::lower::exec::Mode;
pub use cranelift_jit::{ArenaMemoryProvider, BranchProtection, JITMemoryKind};
pub use cranelift_jit::{JITMemoryProvider, JITModule};
pub use cranelift_module::ModuleResult;

/// The builtins that compile source at run time: a program naming one
/// links the JIT (`libalrt_jit.a` instead of `libalrt.a`).
pub const JIT_BUILTINS: &[&str] = &["eval", "exec", "compile", "__import__"];

/// Finds the address of an rt symbol the code refers to.
pub type SymbolLookup = Box<dyn Fn(&str) -> Option<*const u8> + Send>;

/// Machine code made of one source.
pub struct Compiled {
    /// Owns the code's memory.
    pub module: cranelift_jit::JITModule,
    /// `extern "C" fn() -> i64`: registers the code's roots and makes its
    /// constants; 0 when that raised.
    pub init: *const u8,
    /// `extern "C" fn() -> Value`: runs the code.
    pub body: *const u8,
    /// The code's two namespace words (globals dict, locals mapping).
    pub namespaces: *mut u8,
}

pub use alrt_abi::jit::{CompileError, ErrorKind};

/// Compiles `source` (named `filename` in tracebacks) in `mode` for this
/// process, resolving rt's symbols with `symbols`, into `memory` (one
/// arena: the code's own calls are 32-bit; see [`arena_size`]).
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    symbols: SymbolLookup,
    memory: Box<dyn JITMemoryProvider + Send>,
) -> Result<Compiled, CompileError> {
    compile_source(source, filename, mode, symbols, memory).map_err(|mut e| {
        at_end_of_source(&mut e, source, mode);
        e
    })
}

/// CPython's tokenizer reads `exec` source as a file, with a line break
/// added after its last line, and `eval` and `'single'` source as a
/// string, whose end has no position: an error on a last line with no
/// line break shows that line with the break in `exec` mode, and an
/// error at the very end has offset 0 in the other two modes.
fn at_end_of_source(e: &mut CompileError, source: &str, mode: Mode) {
    if source.ends_with('\n') || e.kind == ErrorKind::Unsupported {
        return;
    }
    let last_line = source.split('\n').count();
    let last = source.rsplit('\n').next().unwrap_or("");
    if e.lineno != last_line {
        return;
    }
    let tokenizer = e.msg.starts_with("unmatched")
        || e.msg.starts_with("unterminated")
        || is_number_error(&e.msg);
    if mode == Mode::Exec {
        if let Some(text) = e.text.as_mut().filter(|t| !tokenizer && !t.ends_with('\n')) {
            text.push('\n');
        }
    } else if e.offset == last.chars().count() + 1 {
        if e.msg == "invalid syntax" {
            e.offset = 0;
            e.end_offset = 0;
        } else if e.kind == ErrorKind::Indentation && e.end_offset == -1 {
            // A missing or misaligned block at the end: at the last character.
            e.offset -= 1;
        }
    }
}

/// The bytes of address space to reserve for the code of `source`.
pub fn arena_size(source: &str) -> usize {
    (4 << 20) + 256 * source.len()
}

fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
    symbols: SymbolLookup,
    memory: Box<dyn JITMemoryProvider + Send>,
) -> Result<Compiled, CompileError> {
    let file = SourceFile::new(filename, source);
    let err = |d: Diagnostic| error_of(&file, d);
    if mode == Mode::Eval {
        let word = &source[..keyword_len(source)];
        if STATEMENT_KEYWORDS.contains(&word) {
            return Err(err(Diagnostic::error(
                "invalid syntax",
                Span::new(0, word.len()),
            )));
        }
    }
    let mut ast = crate::parser::parse(&file).map_err(|ds| first(&file, ds))?;
    match mode {
        Mode::Eval => check_expression(&file, &ast)?,
        Mode::Single => check_single(&file, &ast)?,
        Mode::Exec => {}
    }
    crate::mangle::mangle_module(&mut ast);
    crate::hoist::hoist_suspensions(&mut ast);
    let mut res = crate::resolve::resolve(&ast).map_err(|ds| after_parsing(first(&file, ds)))?;
    // Its defs bind names in a namespace anyone may rebind: none is known.
    res.known_functions.clear();
    let program = crate::loader::Program {
        units: vec![crate::loader::Unit::for_exec(file.clone(), ast, res)],
        diagnostics: Vec::new(),
    };
    let isa = crate::emit::jit_isa().map_err(|e| err(Diagnostic::error(e, Span::default())))?;
    let mut builder =
        cranelift_jit::JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
    builder.symbol_lookup_fn(symbols);
    builder.memory_provider(memory);
    let module = cranelift_jit::JITModule::new(builder);
    let ExecUnit {
        mut module,
        init,
        body,
        namespaces,
    } = lower_exec(&program, module, isa, mode).map_err(|d| after_parsing(err(d)))?;
    module
        .finalize_definitions()
        .map_err(|e| err(Diagnostic::error(format!("JIT: {e}"), Span::default())))?;
    let init = module.get_finalized_function(init);
    let body = module.get_finalized_function(body);
    let namespaces = module.get_finalized_data(namespaces).0.cast_mut();
    Ok(Compiled {
        module,
        init,
        body,
        namespaces,
    })
}

/// `eval`'s source is one expression: anything else is CPython's
/// "invalid syntax" where the expression ends.
fn check_expression(file: &SourceFile, ast: &crate::ast::Module) -> Result<(), CompileError> {
    use crate::ast::StmtKind;
    let at = match ast.body.as_slice() {
        [s] if matches!(s.kind, StmtKind::Expr(_)) => return Ok(()),
        // An empty source: CPython reports line 0.
        [] => {
            return Err(CompileError {
                kind: ErrorKind::Syntax,
                msg: "invalid syntax".into(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0i64,
                text: Some(String::new()),
            })
        }
        [s, rest @ ..] => match &s.kind {
            StmtKind::Assign { targets, .. } => targets.first().map_or((s.span.start, 1), |t| {
                // The `=` after the first target.
                let rest = &file.text[t.span.end as usize..];
                (t.span.end + rest.find('=').unwrap_or(0) as u32, 1)
            }),
            StmtKind::AugAssign { target, .. } => {
                // The operator, `=` included.
                let rest = &file.text[target.span.end as usize..];
                let skip = rest.len() - rest.trim_start().len();
                let len = rest.trim_start().find('=').map_or(1, |i| i + 1);
                (target.span.end + skip as u32, len)
            }
            StmtKind::Expr(_) if !rest.is_empty() => {
                // The `;` or line break after the first statement.
                let rest = &file.text[s.span.end as usize..];
                let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                (s.span.end + skip as u32, 1)
            }
            // A statement keyword: the whole word.
            _ => (
                s.span.start,
                keyword_len(&file.text[s.span.start as usize..]),
            ),
        },
    };
    let (at, len) = at;
    Err(error_of(
        file,
        Diagnostic::error("invalid syntax", Span::new(at as usize, at as usize + len)),
    ))
}

/// The length in bytes of the word `text` starts with, or of its first
/// character when that is no word character (0 for no text).
fn keyword_len(text: &str) -> usize {
    match text.find(|c: char| !c.is_alphanumeric() && c != '_') {
        Some(0) => text.chars().next().map_or(0, char::len_utf8),
        Some(n) => n,
        None => text.len(),
    }
}

/// Python keywords that cannot begin an expression: `eval` source
/// starting with one is "invalid syntax" there, before anything after it
/// is read.
const STATEMENT_KEYWORDS: &[&str] = &[
    "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "nonlocal", "pass", "raise", "return", "try", "while",
    "with", "yield", "as", "in", "is", "and", "or",
];

/// `'single'` source is one statement line; a compound statement must
/// end with a line break (the interactive prompt's blank line).
fn check_single(file: &SourceFile, ast: &crate::ast::Module) -> Result<(), CompileError> {
    let (Some(s), Some(last)) = (ast.body.first(), ast.body.last()) else {
        return Ok(());
    };
    let first_line = file.line_col(s.span.end).0;
    if let Some(t) = ast
        .body
        .iter()
        .find(|t| file.line_col(t.span.start).0 > first_line)
    {
        if is_compound(&s.kind) {
            // The statement after the block.
            let at = t.span.start as usize;
            let len = keyword_len(&file.text[at..]).max(1);
            return Err(error_of(
                file,
                Diagnostic::error("invalid syntax", Span::new(at, at + len)),
            ));
        }
        let rest = &file.text[s.span.end as usize..];
        let skip = rest.len() - rest.trim_start_matches([' ', '\t', ';']).len();
        let at = s.span.end as usize + skip;
        return Err(error_of(
            file,
            Diagnostic::error(
                "multiple statements found while compiling a single statement",
                Span::new(at, at + 1),
            ),
        ));
    }
    // A block on its header's line, as `if x: y`.
    let one_line = file.line_col(last.span.start).0 == file.line_col(last.span.end).0;
    if is_compound(&last.kind) && one_line && !file.text.ends_with('\n') {
        let end = file.text.len();
        return Err(error_of(
            file,
            Diagnostic::error("invalid syntax", Span::new(end, end)),
        ));
    }
    Ok(())
}

/// Whether a statement has a block.
pub(crate) fn is_compound(kind: &crate::ast::StmtKind) -> bool {
    use crate::ast::StmtKind;
    matches!(
        kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
    )
}

/// An error found after parsing, which CPython's compiler reports
/// without the line's text (see `CompileError::text`).
fn after_parsing(mut e: CompileError) -> CompileError {
    if e.kind != ErrorKind::Unsupported {
        e.text = None;
    }
    e
}

/// The error a list of diagnostics reports (the first, as CPython
/// stops at its first error).
fn first(file: &SourceFile, ds: Vec<Diagnostic>) -> CompileError {
    match ds.into_iter().find(|d| !d.warning) {
        Some(d) => error_of(file, d),
        None => error_of(file, Diagnostic::error("invalid syntax", Span::default())),
    }
}

/// The `SyntaxError` fields of diagnostic `d` in `file`.
fn error_of(file: &SourceFile, d: Diagnostic) -> CompileError {
    let m = d.message.as_str();
    let kind = if m.starts_with("not supported yet") || m.starts_with("internal compiler error") {
        ErrorKind::Unsupported
    } else if m.starts_with("inconsistent use of tabs") {
        ErrorKind::Tab
    } else if m.starts_with("unexpected indent")
        || m.starts_with("expected an indented block")
        || m.starts_with("unindent does not match")
        || m == "unexpected unindent"
    {
        ErrorKind::Indentation
    } else {
        ErrorKind::Syntax
    };
    let mut start = d.span.start as usize;
    // A block (or handler) missing at the end of the source: CPython reports it at the
    // source's last line break, with no end.
    let block_at_end = (m.starts_with("expected an indented block")
        || m.starts_with("expected 'except' or 'finally' block"))
        && start >= file.text.len()
        && !file.text.is_empty();
    if block_at_end {
        start = file.text.len() - usize::from(file.text.ends_with('\n'));
    }
    let (lineno, mut offset) = file.line_col(start as u32);
    // An error at a line break (the NEWLINE token) ends where it starts.
    let at_newline = file.text.as_bytes().get(start) == Some(&b'\n');
    let (end_lineno, end_offset) = if at_newline {
        (lineno, offset)
    } else {
        file.line_col(d.span.end.max(d.span.start + 1))
    };
    let mut end_offset = end_offset as i64;
    let mut text = line_with_newline(file, lineno);
    // The tokenizer's errors carry CPython's own positions: an unexpected
    // indent is at the indentation's end, with no end, on the line with
    // its newline; an unterminated string ends where it starts.
    // unmatched bracket ends where it starts, an unclosed one has end 0.
    if m.starts_with("unexpected indent") {
        offset -= 1;
        end_offset = -1;
    } else if m.starts_with("unterminated") || m.starts_with("unmatched") {
        end_offset = offset as i64;
    } else if is_number_error(m) {
        // The tokenizer's point, one character for leading zeros, on the
        // line without its break.
        end_offset = offset as i64 + i64::from(m.starts_with("leading zeros"));
        text.truncate(text.trim_end_matches('\n').len());
    } else if m.ends_with("was never closed") {
        end_offset = 0;
        text.truncate(text.trim_end_matches('\n').len());
    } else if block_at_end {
        end_offset = -1;
    } else if m.starts_with("unindent does not match") {
        // At the end of the misaligned line.
        offset = text.trim_end_matches('\n').chars().count() + 1;
        end_offset = -1;
    }
    CompileError {
        kind,
        msg: d.message,
        lineno,
        offset,
        end_lineno,
        end_offset,
        text: Some(text),
    }
}

/// Whether `msg` is one of the tokenizer's errors in a number literal.
fn is_number_error(msg: &str) -> bool {
    (msg.starts_with("invalid") && msg.ends_with("literal"))
        || msg.starts_with("leading zeros in decimal integer literals")
}

/// Line `line` of `file` as `SyntaxError.text` holds it: with its line
/// break when the source has one after it.
fn line_with_newline(file: &SourceFile, line: usize) -> String {
    let text = file.line_text(line);
    let start = text.as_ptr() as usize - file.text.as_ptr() as usize;
    let end = start + text.len();
    if file.text[end..].starts_with('\n') {
        format!("{text}\n")
    } else {
        text.to_string()
    }
}
