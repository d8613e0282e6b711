//! What rt's `eval`/`exec`/`compile` and the compiler's JIT (linked
//! together in `libalrt_jit.a`) hand each other: the mode a source is
//! compiled in, and why it did not compile.

/// What the source is compiled as (`compile`'s `mode`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Statements; the code returns None.
    Exec,
    /// One expression; the code returns its value.
    Eval,
    /// Statements of the interactive prompt: each expression statement's
    /// value is displayed (`repr`, unless None).
    Single,
}

/// The exception a [`CompileError`] raises.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
    /// A construct alc does not compile yet (`NotImplementedError`,
    /// "not supported yet: ...").
    Unsupported,
    /// No memory for the code (`MemoryError`).
    Memory,
}

/// Why a source did not compile, with CPython's `SyntaxError` fields.
#[derive(Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    /// 1-based line and column (`lineno`, `offset`), and the end of the
    /// span (`end_offset` may be CPython's -1 or 0).
    pub lineno: usize,
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: i64,
    /// The line the error is on, with its newline if it has one; None
    /// for an error CPython's compiler finds after parsing (`'return'
    /// outside function`), whose line CPython reads from the file named
    /// `filename` if there is one.
    pub text: Option<String>,
}
