//! `libalrt_jit.a`: rt with the compiler's JIT (`alc::jit`), for programs
//! that compile source at run time. Their `main` calls
//! [`alc_jit_install`] first, which gives rt's `eval`, `exec` and
//! `compile` (`alrt::builtins::exec`) the compiler.

mod memory;
mod repl;
mod symbols;

use alrt::builtins::exec::{CompileError, Compiled, Mode, ModuleSource};
use alrt::value::Value;

/// Installs the JIT in rt (the symbol is `alrt_abi::data::JIT_INSTALL`).
#[export_name = alrt_abi::jit_install_symbol!()]
pub extern "C" fn alc_jit_install() {
    symbols::link_all();
    alrt::builtins::exec::install(compile, find_source);
}

/// rt's source finder for run-time imports: `name` as a package or a
/// module (`.al` before `.py`, as `alc` looks) in each of `dirs`, then in
/// alc's library.
fn find_source(name: &str, dirs: &[String]) -> Option<ModuleSource> {
    let rel = name.replace('.', "/");
    let candidates = [
        (format!("{rel}/__init__.al"), true),
        (format!("{rel}/__init__.py"), true),
        (format!("{rel}.al"), false),
        (format!("{rel}.py"), false),
    ];
    for d in dirs {
        for (file, package) in &candidates {
            let path = std::path::Path::new(d).join(file);
            if let Ok(text) = std::fs::read_to_string(&path) {
                return Some(ModuleSource {
                    path: path.display().to_string(),
                    text,
                    package: *package,
                });
            }
        }
    }
    match alc::stdlib::find(name)? {
        alc::stdlib::LibModule::Source {
            path,
            text,
            package,
        } => Some(ModuleSource {
            path: path.to_string(),
            text: text.to_string(),
            package,
        }),
        alc::stdlib::LibModule::Native => None,
    }
}

/// rt's compiler hook: `source` to machine code through `alc::jit`.
fn compile(source: &str, filename: &str, mode: Mode) -> Result<Compiled, CompileError> {
    let (memory, range) =
        memory::Tracked::new(alc::jit::arena_size(source)).map_err(|e| CompileError {
            kind: alrt_abi::jit::ErrorKind::Memory,
            msg: format!("JIT memory: {e}"),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        })?;
    let code = alc::jit::compile(
        source,
        filename,
        mode,
        Box::new(symbols::lookup),
        Box::new(memory),
    )?;
    // SAFETY: `alc::jit::compile` returns the addresses of the two
    // functions it defined with these signatures (`lower/exec.rs`: the
    // constants' initialiser returns a status word, the body a value),
    // finalised and executable; the module that owns their memory moves
    // into `owner` and is never dropped while the code can run.
    let (init, body) = unsafe {
        (
            std::mem::transmute::<*const u8, extern "C" fn() -> i64>(code.init),
            std::mem::transmute::<*const u8, extern "C" fn() -> Value>(code.body),
        )
    };
    Ok(Compiled {
        init,
        body,
        namespaces: code.namespaces.cast::<Value>(),
        owner: Some(Box::new(Code(Some(code.module)))),
        initialised: std::cell::Cell::new(false),
        range: range.get(),
        roots: Default::default(),
    })
}

/// The memory of compiled code, unmapped when dropped: rt drops it only
/// when nothing can refer to the code any more (`Compiled`'s `Drop`).
struct Code(Option<alc::jit::JITModule>);

impl Drop for Code {
    fn drop(&mut self) {
        if let Some(module) = self.0.take() {
            // SAFETY: rt drops the owner only when no function object of
            // the code exists, no traceback names its frames and no run of
            // it is in progress (the `Rc` that owns it is held across each
            // run), so nothing refers to this memory any more.
            unsafe { module.free_memory() };
        }
    }
}
