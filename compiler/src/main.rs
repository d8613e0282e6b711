//! The `alc` command line.

use alc::driver::{self, Config, Emit, Failure};
use clap::{Parser, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Clone, Copy, ValueEnum)]
enum EmitArg {
    Exe,
    Obj,
    Clif,
}

/// alc compiles Al programs (Python 3 syntax and semantics) to native executables.
#[derive(Parser)]
#[command(
    name = "alc",
    version,
    after_help = "Examples:\n  alc hello.al -o hello      compile and link\n  alc run prog.al a b        compile (cached) and run with arguments\n  alc                        the interactive prompt (also: alc repl)\n  alc prog.al --target aarch64-unknown-linux-gnu\n  alc prog.al --emit clif    print Cranelift IR"
)]
struct Cli {
    /// The program to compile.
    input: PathBuf,
    /// Output path (default: the program's stem, or STEM.o with -c).
    #[arg(short = 'o')]
    output: Option<PathBuf>,
    /// Write the object file only.
    #[arg(short = 'c')]
    compile_only: bool,
    /// What to emit.
    #[arg(long, value_enum)]
    emit: Option<EmitArg>,
    /// Target triple (x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu).
    #[arg(long)]
    target: Option<String>,
    /// Disable optimisation.
    #[arg(long = "O0")]
    o0: bool,
    /// Optimise (the default).
    #[arg(long = "O2")]
    o2: bool,
    /// Linker to use (default: cc, or <arch>-linux-gnu-gcc when cross-compiling).
    #[arg(long)]
    linker: Option<String>,
    /// Directory holding libalrt.a for the target.
    #[arg(long)]
    rt_dir: Option<PathBuf>,
    /// A directory to search for imported modules, after the program's own
    /// (repeatable; before the standard library).
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Link a fully static executable.
    #[arg(long = "static")]
    static_link: bool,
    /// Write DWARF line tables and function names for the Al code and
    /// keep the symbols and the runtime's line tables (for gdb and perf);
    /// without it the executable is stripped.
    #[arg(short = 'g')]
    debug: bool,
    /// Compile every function afresh, without the machine-code cache
    /// ($ALC_CACHE_DIR, default ~/.cache/alc/code).
    #[arg(long)]
    no_cache: bool,
    /// Print the linker command.
    #[arg(short = 'v')]
    verbose: bool,
}

/// Where alc keeps what it caches: `$XDG_CACHE_HOME/alc`, else
/// `~/.cache/alc`.
fn cache_root() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("alc")
}

/// The machine-code cache: `$ALC_CACHE_DIR` (set but empty turns it
/// off), else `code` under the cache root.
fn code_cache_dir() -> Option<PathBuf> {
    match std::env::var_os("ALC_CACHE_DIR") {
        Some(d) if d.is_empty() => None,
        Some(d) => Some(PathBuf::from(d)),
        None => Some(cache_root().join("code")),
    }
}

/// The options `alc run` and `alc repl` build their cached executables
/// with: the defaults, for the host.
fn cached_build_config(input: PathBuf, output: PathBuf) -> Config {
    Config {
        input,
        output: Some(output),
        emit: Emit::Exe,
        target: None,
        optimize: true,
        linker: None,
        rt_dir: None,
        static_link: false,
        debug: false,
        include: Vec::new(),
        verbose: false,
        color: std::io::stderr().is_terminal(),
        code_cache: code_cache_dir(),
        repl: false,
    }
}

/// The cache directory, created if missing (exits on failure).
fn cache_dir() -> PathBuf {
    let cache = cache_root();
    if let Err(e) = std::fs::create_dir_all(&cache) {
        eprintln!(
            "error: cannot create cache directory {}: {e}",
            cache.display()
        );
        std::process::exit(1);
    }
    cache
}

/// `alc` alone or `alc repl`: the interactive prompt, a program built
/// once per compiler (cached beside `alc run`'s builds) that compiles
/// each statement with the JIT; this process becomes it.
fn repl_mode() -> ! {
    use std::os::unix::process::CommandExt;
    let cache = cache_dir();
    let exe = alc::run_cache::repl_path(&cache);
    if !exe.is_file() {
        let built = cache.join(format!(".repl-{}.building", std::process::id()));
        let mut cfg = cached_build_config(PathBuf::from("<stdin>"), built.clone());
        cfg.repl = true;
        report(driver::build_repl(&cfg));
        if let Err(e) = std::fs::rename(&built, &exe) {
            eprintln!("error: cannot store the prompt in {}: {e}", cache.display());
            std::process::exit(1);
        }
        // The prompts of earlier alc builds (12 MB each) go.
        for old in std::fs::read_dir(&cache).into_iter().flatten().flatten() {
            let name = old.file_name();
            if name.to_string_lossy().starts_with("repl-") && old.path() != exe {
                let _ = std::fs::remove_file(old.path());
            }
        }
    }
    let e = std::process::Command::new(&exe).exec();
    eprintln!("error: cannot run {}: {e}", exe.display());
    std::process::exit(1)
}

/// `alc run prog.al [args...]`: compile into a cache directory and run,
/// passing the arguments and the exit status through.
fn run_mode(args: &[String]) -> ! {
    let Some(input) = args.first() else {
        eprintln!("error: usage: alc run PROGRAM.al [ARGS...]");
        std::process::exit(1);
    };
    let input = PathBuf::from(input);
    let cache = cache_dir();
    let entry = alc::run_cache::Entry::new(&cache, &input);
    let exe = match entry.lookup() {
        Some(exe) => exe,
        None => {
            let built = entry.build_path();
            let cfg = cached_build_config(input, built.clone());
            let sources = report(driver::run(&cfg));
            entry.store(&built, &sources).unwrap_or_else(|e| {
                eprintln!("error: cannot store the build in {}: {e}", cache.display());
                std::process::exit(1);
            })
        }
    };
    let status = std::process::Command::new(&exe).args(&args[1..]).status();
    match status {
        Ok(s) => {
            use std::os::unix::process::ExitStatusExt;
            std::process::exit(s.code().unwrap_or_else(|| 128 + s.signal().unwrap_or(0)))
        }
        Err(e) => {
            eprintln!("error: cannot run {}: {e}", exe.display());
            std::process::exit(1);
        }
    }
}

/// Prints a failure and exits with status 1.
fn report<T>(r: Result<T, Failure>) -> T {
    match r {
        Ok(v) => v,
        Err(Failure::Diagnostics(text)) => {
            eprintln!("{text}");
            std::process::exit(1);
        }
        Err(Failure::Message(m)) => {
            eprintln!("error: {m}");
            std::process::exit(1);
        }
    }
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    match argv.get(1).map(String::as_str) {
        Some("run") => run_mode(&argv[2..]),
        None | Some("repl") if argv.len() <= 2 => repl_mode(),
        _ => {}
    }
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let emit = match (cli.emit, cli.compile_only) {
        (Some(EmitArg::Clif), _) => Emit::Clif,
        (Some(EmitArg::Obj), _) | (None, true) => Emit::Obj,
        _ => Emit::Exe,
    };
    let cfg = Config {
        input: cli.input,
        output: cli.output,
        emit,
        target: cli.target,
        optimize: !cli.o0 || cli.o2,
        linker: cli.linker,
        rt_dir: cli.rt_dir,
        static_link: cli.static_link,
        debug: cli.debug,
        include: cli.include,
        verbose: cli.verbose,
        color: std::io::stderr().is_terminal(),
        code_cache: if cli.no_cache { None } else { code_cache_dir() },
        repl: false,
    };
    // The passes recurse over the AST; deeply chained expressions (the
    // parser allows ~1000 levels) need more than the default 8 MiB stack.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || driver::run(&cfg));
    match worker {
        Ok(h) => match h.join() {
            Ok(r) => {
                report(r);
            }
            Err(_) => {
                eprintln!("error: internal compiler error (the compiler thread failed)");
                std::process::exit(101);
            }
        },
        Err(e) => {
            eprintln!("error: cannot start the compiler thread: {e}");
            std::process::exit(1);
        }
    }
}
