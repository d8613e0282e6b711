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
    after_help = "Examples:\n  alc hello.al -o hello      compile and link\n  alc prog.al --target aarch64-unknown-linux-gnu\n  alc prog.al --emit clif    print Cranelift IR"
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
    /// Link a fully static executable.
    #[arg(long = "static")]
    static_link: bool,
    /// Print the linker command.
    #[arg(short = 'v')]
    verbose: bool,
}

fn main() {
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
        verbose: cli.verbose,
        color: std::io::stderr().is_terminal(),
    };
    match driver::run(&cfg) {
        Ok(()) => {}
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
