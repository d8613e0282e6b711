//! The compilation pipeline: read, parse, resolve, lower, emit, link.

use crate::diagnostics::Diagnostic;
use crate::span::SourceFile;
use std::path::{Path, PathBuf};

/// What to produce.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Emit {
    Exe,
    Obj,
    Clif,
}

/// Everything the command line decides.
pub struct Config {
    pub input: PathBuf,
    pub output: Option<PathBuf>,
    pub emit: Emit,
    pub target: Option<String>,
    pub optimize: bool,
    pub linker: Option<String>,
    pub rt_dir: Option<PathBuf>,
    pub static_link: bool,
    /// Write DWARF debugging information for the Al code and keep the
    /// runtime's and the symbols (`-g`).
    pub debug: bool,
    /// Directories searched for imported modules after the main module's.
    pub include: Vec<PathBuf>,
    pub verbose: bool,
    pub color: bool,
    /// The machine-code cache directory (`code_cache`), if any.
    pub code_cache: Option<PathBuf>,
    /// Build the interactive prompt (`alc repl`): the main module's body
    /// runs it (see `lower_program`).
    pub repl: bool,
}

/// A failure: either rendered diagnostics or a one-line error.
pub enum Failure {
    Diagnostics(String),
    Message(String),
}

/// Compiles the program whose main module is `file` (read from
/// `cfg.input`) to an object file, with the modules it imports, for
/// `cfg`'s target and options. Errors come back rendered; warnings are
/// printed to stderr.
pub fn compile_source(file: SourceFile, cfg: &Config) -> Result<Compiled, Failure> {
    let program = crate::loader::load(&cfg.input, file, &cfg.include);
    report(&program, cfg.color)?;
    let sources = program
        .units
        .iter()
        .filter(|u| !u.native && !u.is_lib())
        .map(|u| PathBuf::from(&u.file.name))
        .collect();
    let triple = crate::emit::triple(cfg.target.as_deref()).map_err(Failure::Message)?;
    let isa = crate::emit::isa(&triple, cfg.optimize).map_err(Failure::Message)?;
    let cache = cfg
        .code_cache
        .as_deref()
        .and_then(crate::code_cache::CodeCache::open);
    let lowered = crate::lower::lower_program(
        &program,
        isa,
        cfg.emit == Emit::Clif,
        cfg.debug,
        cfg.repl,
        cache,
    )
    .map_err(|(k, d)| render_all(&program.units[k].file, &[d], cfg.color))?;
    Ok(Compiled {
        object: lowered.object,
        clif: lowered.clif,
        sources,
        jit: lowered.jit,
    })
}

/// What `compile_source` makes.
pub struct Compiled {
    /// The object file's bytes.
    pub object: Vec<u8>,
    /// The Cranelift IR of every function, with `Emit::Clif`.
    pub clif: Vec<String>,
    /// The program's own source files (its main file and the modules it
    /// imports from disk; not the library's).
    pub sources: Vec<PathBuf>,
    /// It names `eval`, `exec` or `compile`: it links `libalrt_jit.a`.
    pub jit: bool,
}

/// Prints the program's warnings to stderr; fails with its errors rendered.
fn report(program: &crate::loader::Program, color: bool) -> Result<(), Failure> {
    let render = |warning: bool| {
        program
            .diagnostics
            .iter()
            .filter(|(_, d)| d.warning == warning)
            .map(|(k, d)| d.render(&program.units[*k].file, color))
            .collect::<Vec<_>>()
    };
    if program.failed() {
        return Err(Failure::Diagnostics(render(false).join("\n")));
    }
    for w in render(true) {
        eprintln!("{w}");
    }
    Ok(())
}

/// The whole front end on `file`, down to Cranelift IR for the host that
/// the Cranelift verifier accepts, with the diagnostics of a failed compile
/// rendered as `alc` prints them; no machine code is generated. The
/// `frontend` fuzz target drives this: every input must end in `Ok` or
/// diagnostics, never a panic. Imports are looked up in the library only.
pub fn check_source(file: &SourceFile) -> Result<(), Failure> {
    let program = crate::loader::load(Path::new(""), file.clone(), &[]);
    report(&program, false)?;
    let triple = crate::emit::triple(None).map_err(Failure::Message)?;
    let isa = crate::emit::isa(&triple, true).map_err(Failure::Message)?;
    crate::lower::verify_program(&program, isa)
        .map_err(|(k, d)| render_all(&program.units[k].file, &[d], false))
}

fn render_all(file: &SourceFile, ds: &[Diagnostic], color: bool) -> Failure {
    Failure::Diagnostics(
        ds.iter()
            .map(|d| d.render(file, color))
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// Runs the whole pipeline for `cfg`; returns the program's own source
/// files (`Compiled::sources`).
pub fn run(cfg: &Config) -> Result<Vec<PathBuf>, Failure> {
    let bytes = std::fs::read(&cfg.input)
        .map_err(|e| Failure::Message(format!("cannot read {}: {e}", cfg.input.display())))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure::Message(format!(
            "{} is not valid UTF-8 (byte offset {})",
            cfg.input.display(),
            e.utf8_error().valid_up_to()
        ))
    })?;
    build(SourceFile::new(cfg.input.display().to_string(), text), cfg)
}

/// Builds `alc repl`'s program (`cfg.repl`): an empty main module named
/// `<stdin>`, as CPython names its prompt's code, whose body runs the
/// prompt; written to `cfg.output`.
pub fn build_repl(cfg: &Config) -> Result<(), Failure> {
    build(SourceFile::new("<stdin>", ""), cfg).map(drop)
}

/// The pipeline from a main module's source on, for `cfg`.
fn build(file: SourceFile, cfg: &Config) -> Result<Vec<PathBuf>, Failure> {
    let Compiled {
        object: obj,
        clif,
        sources,
        jit,
    } = compile_source(file, cfg)?;
    if cfg.emit == Emit::Clif {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for f in clif {
            if let Err(e) = writeln!(out, "{f}") {
                // A reader that stops early (`| head`) is not an error.
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Ok(sources);
                }
                return Err(Failure::Message(format!("cannot write the IR: {e}")));
            }
        }
        return Ok(sources);
    }
    let stem = cfg
        .input
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "a".to_string());
    let out = cfg.output.clone().unwrap_or_else(|| match cfg.emit {
        Emit::Obj => PathBuf::from(format!("{stem}.o")),
        _ => PathBuf::from(&stem),
    });
    if let Some(parent) = out.parent() {
        if !parent.as_os_str().is_empty() && !parent.is_dir() {
            return Err(Failure::Message(format!(
                "output directory {} does not exist",
                parent.display()
            )));
        }
    }
    if cfg.emit == Emit::Obj {
        write_or_remove(&out, &obj).map_err(|e| Failure::Message(cannot_write(&out, &e)))?;
        return Ok(sources);
    }
    let tmp = temp_object_path(&out);
    write_or_remove(&tmp, &obj).map_err(|e| Failure::Message(cannot_write(&out, &e)))?;
    let triple = crate::emit::triple(cfg.target.as_deref()).map_err(Failure::Message)?;
    let r = crate::link::link(
        &tmp,
        &out,
        &crate::link::LinkOptions {
            triple: &triple,
            linker: cfg.linker.clone(),
            rt_dir: cfg.rt_dir.clone(),
            static_link: cfg.static_link,
            debug: cfg.debug,
            verbose: cfg.verbose,
            jit,
        },
    );
    let _ = std::fs::remove_file(&tmp);
    r.map_err(Failure::Message)?;
    Ok(sources)
}

/// Writes `bytes` to `path`; on failure (a full disk, say) removes what was
/// written, so a failed compile leaves no file behind.
fn write_or_remove(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes).inspect_err(|_| {
        let _ = std::fs::remove_file(path);
    })
}

/// The one-line error for an output that could not be written.
fn cannot_write(out: &Path, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::StorageFull {
        format!("cannot write {}: no space left on device", out.display())
    } else {
        format!("cannot write {}: {e}", out.display())
    }
}

fn temp_object_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "a".into());
    out.with_file_name(format!(".{name}.{}.o", std::process::id()))
}
