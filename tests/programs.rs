//! End-to-end test runner: compiles every Al test program with `alc`, runs the
//! executable and compares what it prints with what CPython 3.11 printed.
//!
//! Two kinds of trials, one per file, run in parallel by libtest-mimic:
//!
//! - `programs/<area>/<name>`: `tests/programs/<area>/<name>.al` is compiled to
//!   `target/test-out/<area>_<name>` and run with a timeout, with stdin from
//!   `<name>.in` when present (else empty), the arguments of `<name>.args`
//!   (one per line) and the environment variables of `<name>.env`
//!   (`NAME=value` lines; both files are bytes, not necessarily UTF-8), in a fresh, empty working directory, with
//!   `TZ=UTC`. Its stdout must equal `<name>.out`
//!   byte for byte. When `<name>.err` exists (`exit: <status>`), the exit
//!   status must be that and the whole stderr must equal `<name>.stderr` (the
//!   uncaught exception's report CPython printed), once the absolute path of
//!   the program is replaced by `<program>`, its directory by `<dir>` (the
//!   paths of modules beside it) and every hexadecimal address by
//!   `0x?` in both; otherwise the status
//!   must be 0 and stderr empty. The expected files come from CPython via
//!   `tests/gen_expected.py`.
//! - `compile_errors/<name>`: `alc tests/compile_errors/<name>.al` must exit
//!   with status 1 and print exactly `<name>.stderr` on stderr. The path is
//!   given relative to the workspace root (the working directory of `alc`), so
//!   the expected diagnostics do not depend on where the tree is checked out.
//!
//! The compiler is `$ALC`, or else `<workspace>/target/release/alc`; a missing
//! compiler fails the run loudly. `ALC_TEST_TARGET=<triple>` passes `--target`
//! to `alc` and runs `aarch64` executables under
//! `qemu-aarch64 -L /usr/aarch64-linux-gnu` on other hosts.
//! `alc` keeps its machine-code cache in `target/code-cache` unless
//! `ALC_CACHE_DIR` says otherwise (set it empty to compile everything afresh).
//! `ALC_TEST_TIMEOUT=<seconds>` overrides the 30 s run timeout.
//! `ALC_TEST_SAMPLE=<n>` keeps one program in `n` (chosen by a hash of its
//! name, so the sample is the same on every run and machine) plus every
//! program of `programs/gc/`: the slow passes' fixed sample.
//! `ALC_TEST_VALGRIND=1` runs each executable under valgrind's memcheck,
//! which must stay silent: any invalid read or write it reports lands on
//! stderr and fails the trial. Reads of undefined memory are not reported,
//! because the collector scans the stack conservatively and so reads stack
//! words nobody wrote, by design.
//!
//! The programs of `examples/` are trials too (`examples/<name>`, expected
//! output `examples/<name>.out`), so the README's first steps stay true.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::process::{self, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// How long one compiled program may run before it is killed.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How many lines of context a diff shows before and after the first difference.
const DIFF_CONTEXT: usize = 3;
/// How many characters of a stream a failure message quotes at most.
const QUOTE_LIMIT: usize = 2000;

fn main() {
    let args = Arguments::from_args();
    let root = workspace_root();
    let trials = if args.list {
        // Listing needs no compiler.
        let dummy = Arc::new(Config::without_compiler(&root));
        collect_trials(&dummy)
    } else {
        let config = match Config::from_env(&root) {
            Ok(config) => Arc::new(config),
            Err(msg) => {
                eprintln!("\nerror: {msg}\n");
                process::exit(1);
            }
        };
        collect_trials(&config)
    };
    libtest_mimic::run(&args, trials).exit();
}

/// Everything a trial needs to know besides its own files.
struct Config {
    root: PathBuf,
    alc: PathBuf,
    out_dir: PathBuf,
    target: Option<String>,
    /// Program (and leading arguments) that runs a compiled executable, for
    /// executables of another architecture.
    runner: Vec<String>,
    timeout: Duration,
}

impl Config {
    fn from_env(root: &Path) -> Result<Config, String> {
        let alc = match std::env::var_os("ALC") {
            Some(path) => PathBuf::from(path),
            None => root.join("target/release/alc"),
        };
        // An absolute path, so that running it from another directory works.
        let alc = fs::canonicalize(&alc).unwrap_or(alc);
        if !alc.is_file() {
            return Err(format!(
                "the Al compiler was not found at {}.\n       \
                 Build it first with `cargo build --release` (in {}), \
                 or point $ALC at an alc executable.",
                alc.display(),
                root.display()
            ));
        }
        let target = std::env::var("ALC_TEST_TARGET")
            .ok()
            .filter(|t| !t.is_empty());
        let runner = match &target {
            Some(t) if t.starts_with("aarch64") && std::env::consts::ARCH != "aarch64" => {
                ["qemu-aarch64", "-L", "/usr/aarch64-linux-gnu"]
                    .map(String::from)
                    .to_vec()
            }
            _ => Vec::new(),
        };
        let runner = if std::env::var("ALC_TEST_VALGRIND").is_ok_and(|v| v == "1") {
            let memcheck = ["valgrind", "-q", "--undef-value-errors=no"].map(String::from);
            memcheck.into_iter().chain(runner).collect()
        } else {
            runner
        };
        let timeout =
            match std::env::var("ALC_TEST_TIMEOUT") {
                Ok(secs) => Duration::from_secs(secs.parse().map_err(|_| {
                    format!("ALC_TEST_TIMEOUT is not a number of seconds: {secs:?}")
                })?),
                Err(_) => DEFAULT_TIMEOUT,
            };
        let mut out_dir = root.join("target/test-out");
        if let Some(t) = &target {
            out_dir.push(t);
        }
        fs::create_dir_all(&out_dir)
            .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
        Ok(Config {
            root: root.to_path_buf(),
            alc,
            out_dir,
            target,
            runner,
            timeout,
        })
    }

    fn without_compiler(root: &Path) -> Config {
        Config {
            root: root.to_path_buf(),
            alc: PathBuf::new(),
            out_dir: PathBuf::new(),
            target: None,
            runner: Vec::new(),
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// `alc <src> -o <exe> [--target T]`, run from the workspace root.
    fn compile(&self, src: &Path, exe: &Path) -> Result<process::Output, Failed> {
        let rel_src = src.strip_prefix(&self.root).unwrap_or(src);
        let mut cmd = Command::new(&self.alc);
        cmd.arg(rel_src)
            .arg("-o")
            .arg(exe)
            .current_dir(&self.root)
            .stdin(Stdio::null());
        if let Some(t) = &self.target {
            cmd.arg("--target").arg(t);
        }
        // The machine-code cache lives with the build, not in $HOME: the
        // library modules' functions are compiled by the first program
        // that imports them and taken from the cache by the others.
        if std::env::var_os("ALC_CACHE_DIR").is_none() {
            cmd.env("ALC_CACHE_DIR", self.root.join("target/code-cache"));
        }
        cmd.output()
            .map_err(|e| format!("cannot run {}: {e}", self.alc.display()).into())
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

fn collect_trials(config: &Arc<Config>) -> Vec<Trial> {
    let tests_dir = config.root.join("tests");
    let mut trials = Vec::new();

    let programs_dir = tests_dir.join("programs");
    let sample = sample_divisor();
    for src in al_files(&programs_dir, true) {
        let rel = src
            .strip_prefix(&programs_dir)
            .unwrap_or(&src)
            .with_extension("");
        let name = rel.to_string_lossy().replace('\\', "/");
        if !in_sample(&name, sample) {
            continue;
        }
        let exe_name = name.replace('/', "_");
        let config = Arc::clone(config);
        trials.push(Trial::test(format!("programs/{name}"), move || {
            run_program(&config, &src, &exe_name)
        }));
    }

    let examples_dir = config.root.join("examples");
    for src in al_files(&examples_dir, false) {
        let name = src
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let exe_name = format!("example_{name}");
        let config = Arc::clone(config);
        trials.push(Trial::test(format!("examples/{name}"), move || {
            run_program(&config, &src, &exe_name)
        }));
    }

    // The prompt runs on the host only: its sessions are no trials of a
    // cross-compiled run.
    let sessions_dir = tests_dir.join("repl");
    if config.target.is_none() {
        for src in files_with(&sessions_dir, "session") {
            let name = src
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let config = Arc::clone(config);
            trials.push(Trial::test(format!("repl/{name}"), move || {
                run_session(&config, &src, &name)
            }));
        }
    }

    let errors_dir = tests_dir.join("compile_errors");
    for src in al_files(&errors_dir, false) {
        let name = src
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let config = Arc::clone(config);
        trials.push(Trial::test(format!("compile_errors/{name}"), move || {
            run_compile_error(&config, &src, &name)
        }));
    }
    trials
}

/// `ALC_TEST_SAMPLE`: keep one program in this many (1 keeps all).
fn sample_divisor() -> u64 {
    std::env::var("ALC_TEST_SAMPLE")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(1)
}

/// Whether the program `name` (`<area>/<name>`) is in the fixed sample of
/// one in `divisor`: the collector's own tests always are, the others by an
/// FNV-1a hash of the name, which no toolchain or platform changes.
fn in_sample(name: &str, divisor: u64) -> bool {
    if divisor == 1 || name.starts_with("gc/") {
        return true;
    }
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    hash % divisor == 0
}

/// The `.al` files under `dir` (in subdirectories too when `recursive`), sorted.
fn al_files(dir: &Path, recursive: bool) -> Vec<PathBuf> {
    let mut res = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if recursive {
                    pending.push(path);
                }
            } else if path.extension().is_some_and(|ext| ext == "al") {
                res.push(path);
            }
        }
    }
    res.sort();
    res
}

// ====== Program trials ======

/// What the absolute path of the program is replaced by in stderr, on both
/// sides (`gen_expected.py` writes `.stderr` with it).
const PROGRAM_PLACEHOLDER: &str = "<program>";
/// What the program's directory is replaced by, after the program's own
/// path (the paths of modules beside it).
const DIR_PLACEHOLDER: &str = "<dir>/";

/// What CPython did: the contents of `.out`, `.err` and `.stderr`.
struct Expected {
    stdout: Vec<u8>,
    status: i32,
    /// The whole stderr; `None` when the program exited with 0.
    stderr: Option<Vec<u8>>,
}

fn read_expected(src: &Path) -> Result<Expected, Failed> {
    let out_path = src.with_extension("out");
    let stdout = fs::read(&out_path).map_err(|e| {
        format!(
            "cannot read {}: {e}\n(run `python3 tests/gen_expected.py` to generate it)",
            out_path.display()
        )
    })?;
    let err_path = src.with_extension("err");
    let status = match fs::read_to_string(&err_path) {
        Ok(text) => parse_err_file(&text)
            .ok_or_else(|| format!("{}: expected `exit: <status>`", err_path.display()))?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // A program that exits 0 may still have written to stderr
            // (`unittest.main()`'s report): then `.stderr` holds it.
            let stderr = match fs::read(src.with_extension("stderr")) {
                Ok(text) => Some(text),
                Err(e) if e.kind() == io::ErrorKind::NotFound => None,
                Err(e) => return Err(format!("cannot read {}.stderr: {e}", src.display()).into()),
            };
            return Ok(Expected {
                stdout,
                status: 0,
                stderr,
            });
        }
        Err(e) => return Err(format!("cannot read {}: {e}", err_path.display()).into()),
    };
    let stderr_path = src.with_extension("stderr");
    let stderr = fs::read(&stderr_path).map_err(|e| {
        format!(
            "cannot read {}: {e}\n(run `python3 tests/gen_expected.py` to generate it)",
            stderr_path.display()
        )
    })?;
    Ok(Expected {
        stdout,
        status,
        stderr: Some(stderr),
    })
}

/// Parses `exit: <status>\n`.
fn parse_err_file(text: &str) -> Option<i32> {
    text.lines()
        .next()?
        .strip_prefix("exit:")?
        .trim()
        .parse()
        .ok()
}

/// `stderr` with every spelling of the program's absolute path that alc may
/// have recorded (the working directory `alc` ran in, joined with the
/// relative path it was given) replaced by the placeholder.
fn normalise_stderr(config: &Config, src: &Path, stderr: &[u8]) -> Vec<u8> {
    let rel = src.strip_prefix(&config.root).unwrap_or(src);
    let mut roots = vec![config.root.clone()];
    if let Ok(real) = fs::canonicalize(&config.root) {
        roots.push(real);
    }
    let mut text = String::from_utf8_lossy(stderr).into_owned();
    for root in roots {
        let path = format!("{}/{}", root.display(), rel.display());
        text = text.replace(&path, PROGRAM_PLACEHOLDER);
        if let Some(dir) = rel.parent() {
            let dir = format!("{}/{}/", root.display(), dir.display());
            text = text.replace(&dir, DIR_PLACEHOLDER);
        }
    }
    text.into_bytes()
}

/// `text` with every hexadecimal address (`0x7f...`, as in `<generator
/// object f at 0x7f...>`) replaced by `0x?`: addresses differ between runs
/// and between CPython and alc.
/// `text` with the time of unittest's `Ran 3 tests in 0.012s` lines
/// replaced by `?`: it differs from run to run.
fn without_test_times(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for line in text.split_inclusive(|&b| b == b'\n') {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let at = body.windows(4).rposition(|w| w == b" in ");
        match at {
            Some(at)
                if body.starts_with(b"Ran ")
                    && body.ends_with(b"s")
                    && body[at + 4..body.len() - 1]
                        .iter()
                        .all(|b| b.is_ascii_digit() || *b == b'.') =>
            {
                out.extend_from_slice(&body[..at + 4]);
                out.extend_from_slice(b"?s");
                out.extend_from_slice(&line[body.len()..]);
            }
            _ => out.extend_from_slice(line),
        }
    }
    out
}

fn without_addresses(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i..].starts_with(b"0x") && text.get(i + 2).is_some_and(u8::is_ascii_hexdigit) {
            out.extend_from_slice(b"0x?");
            i += 2;
            while text.get(i).is_some_and(u8::is_ascii_hexdigit) {
                i += 1;
            }
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    out
}

fn run_program(config: &Config, src: &Path, exe_name: &str) -> Result<(), Failed> {
    let expected = read_expected(src)?;
    let exe = config.out_dir.join(exe_name);
    let compiled = config.compile(src, &exe)?;
    if !compiled.status.success() {
        return Err(format!(
            "alc failed to compile {} ({}):\n{}",
            src.display(),
            describe_status(compiled.status),
            quote(&compiled.stderr)
        )
        .into());
    }

    let stdin_path = src.with_extension("in");
    let stdin = if stdin_path.exists() {
        Stdio::from(
            File::open(&stdin_path)
                .map_err(|e| format!("cannot open {}: {e}", stdin_path.display()))?,
        )
    } else {
        Stdio::null()
    };
    let inputs = ProgramInputs {
        stdin,
        args: read_lines(&src.with_extension("args"))?
            .into_iter()
            .map(OsString::from_vec)
            .collect(),
        env: read_lines(&src.with_extension("env"))?
            .into_iter()
            .filter_map(|l| {
                let eq = l.iter().position(|&b| b == b'=')?;
                Some((
                    OsString::from_vec(l[..eq].to_vec()),
                    OsString::from_vec(l[eq + 1..].to_vec()),
                ))
            })
            .collect(),
    };
    let run = run_with_timeout(config, &exe, inputs)?;

    let mut problems = stdout_and_status_problems(&run, &expected, |t| t.to_vec());
    match &expected.stderr {
        Some(want) => {
            let got = without_test_times(&without_addresses(&normalise_stderr(
                config,
                src,
                &run.stderr,
            )));
            let want = without_test_times(&without_addresses(want));
            if got != want {
                problems.push(format!("stderr differs:\n{}", diff(&want, &got)));
            }
        }
        None if !run.stderr.is_empty() => problems.push("stderr should be empty".to_string()),
        None => {}
    }
    if problems.is_empty() {
        // A passing program's files go: a thousand executables with debug
        // information fill gigabytes. A failing one's stay for a look.
        for p in [
            exe.clone(),
            exe.with_extension("stdout"),
            exe.with_extension("stderr"),
        ] {
            let _ = fs::remove_file(p);
        }
        return Ok(());
    }
    if !run.stderr.is_empty() && !problems.iter().any(|p| p.starts_with("stderr differs")) {
        problems.push(format!("stderr was:\n{}", quote(&run.stderr)));
    }
    Err(problems.join("\n").into())
}

// ====== Sessions of the interactive prompt ======

/// The `.session` files in `dir`, sorted.
fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Lines of alc's banner at the start of the prompt's stderr, left out
/// as `gen_expected.py` leaves out CPython's.
const BANNER_LINES: usize = 2;

/// Types session `src` into `alc repl` (stdin not a terminal) and
/// compares what it prints with what `python3 -i` printed.
fn run_session(config: &Config, src: &Path, name: &str) -> Result<(), Failed> {
    let expected = read_expected(src)?;
    let stdin = File::open(src).map_err(|e| format!("cannot open {}: {e}", src.display()))?;
    let mut cmd = Command::new(&config.alc);
    cmd.arg("repl")
        // The prompt's program is built once per compiler, into the
        // build's own cache rather than $HOME's.
        .env("XDG_CACHE_HOME", config.root.join("target/repl-cache"));
    let base = config.out_dir.join(format!("repl_{name}"));
    let inputs = ProgramInputs {
        stdin: Stdio::from(stdin),
        args: Vec::new(),
        env: Vec::new(),
    };
    let run = run_command(config, cmd, &base, inputs)?;
    let mut problems = stdout_and_status_problems(&run, &expected, without_addresses);
    let got: Vec<u8> = run
        .stderr
        .split_inclusive(|&b| b == b'\n')
        .skip(BANNER_LINES)
        .flatten()
        .copied()
        .collect();
    let want = expected.stderr.unwrap_or_default();
    if without_addresses(&got) != without_addresses(&want) {
        problems.push(format!("stderr differs:\n{}", diff(&want, &got)));
    }
    if problems.is_empty() {
        for p in [base.with_extension("stdout"), base.with_extension("stderr")] {
            let _ = fs::remove_file(p);
        }
        return Ok(());
    }
    Err(problems.join("\n").into())
}

/// How `run`'s stdout (compared after `normalise`, on both sides) and
/// exit status differ from what CPython did.
fn stdout_and_status_problems(
    run: &RunOutput,
    expected: &Expected,
    normalise: impl Fn(&[u8]) -> Vec<u8>,
) -> Vec<String> {
    let mut problems = Vec::new();
    if normalise(&run.stdout) != normalise(&expected.stdout) {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&expected.stdout, &run.stdout)
        ));
    }
    if run.status.code() != Some(expected.status) {
        problems.push(format!(
            "exit status differs: expected {}, got {}",
            expected.status,
            describe_status(run.status)
        ));
    }
    problems
}

/// What a program gets besides its code: stdin, arguments (`<name>.args`,
/// one per line) and extra environment variables (`<name>.env`,
/// `NAME=value` lines). It also runs in a fresh, empty working directory
/// with `TZ=UTC`, as `gen_expected.py` runs CPython.
struct ProgramInputs {
    stdin: Stdio,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
}

/// The lines of `path` as bytes (arguments and environment values that
/// are not UTF-8 pass as they are), or none when it does not exist.
fn read_lines(path: &Path) -> Result<Vec<Vec<u8>>, Failed> {
    match fs::read(path) {
        Ok(text) => {
            // As `str::lines`: no last, empty line after a final newline.
            let mut lines: Vec<Vec<u8>> = text
                .split(|&b| b == b'\n')
                .map(|l| l.strip_suffix(b"\r").unwrap_or(l).to_vec())
                .collect();
            if text.is_empty() || text.ends_with(b"\n") {
                lines.pop();
            }
            Ok(lines)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("cannot read {}: {e}", path.display()).into()),
    }
}

struct RunOutput {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs `exe` with a timeout. Output goes to files beside the executable, so a
/// large output can never block the child on a full pipe.
fn run_with_timeout(
    config: &Config,
    exe: &Path,
    inputs: ProgramInputs,
) -> Result<RunOutput, Failed> {
    let cmd = match config.runner.split_first() {
        Some((prog, args)) => {
            let mut cmd = Command::new(prog);
            cmd.args(args).arg(exe);
            cmd
        }
        None => Command::new(exe),
    };
    run_command(config, cmd, exe, inputs)
}

/// Runs `cmd` with `inputs` and a timeout; its output files and working
/// directory are named after `base`.
fn run_command(
    config: &Config,
    mut cmd: Command,
    base: &Path,
    inputs: ProgramInputs,
) -> Result<RunOutput, Failed> {
    let exe = base;
    let stdout_path = base.with_extension("stdout");
    let stderr_path = base.with_extension("stderr");
    let cwd = base.with_extension("cwd");
    // Ignoring errors: a previous run may have left nothing behind.
    let _ = fs::remove_dir_all(&cwd);
    fs::create_dir_all(&cwd).map_err(|e| format!("cannot create {}: {e}", cwd.display()))?;
    let create =
        |p: &Path| File::create(p).map_err(|e| format!("cannot create {}: {e}", p.display()));
    cmd.args(&inputs.args)
        .envs(inputs.env)
        .env("TZ", "UTC")
        .current_dir(&cwd)
        .stdin(inputs.stdin)
        .stdout(create(&stdout_path)?)
        .stderr(create(&stderr_path)?);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;

    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| format!("waiting for {}: {e}", exe.display()))?
        {
            break status;
        }
        if start.elapsed() >= config.timeout {
            // Ignoring errors: the child may have exited just now.
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "timed out after {} s: {}",
                config.timeout.as_secs(),
                exe.display()
            )
            .into());
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    };
    let read = |p: &Path| fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
    let _ = fs::remove_dir_all(&cwd);
    Ok(RunOutput {
        status,
        stdout: read(&stdout_path)?,
        stderr: read(&stderr_path)?,
    })
}

// ====== Compile-error trials ======

fn run_compile_error(config: &Config, src: &Path, name: &str) -> Result<(), Failed> {
    let expected_path = src.with_extension("stderr");
    let expected = match fs::read(&expected_path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(format!(
                "{} does not exist yet: write the expected diagnostics by hand \
                 (the comment at the top of {name}.al says what they must point at)",
                expected_path.display()
            )
            .into())
        }
        Err(e) => return Err(format!("cannot read {}: {e}", expected_path.display()).into()),
    };
    let exe = config.out_dir.join(format!("compile_errors_{name}"));
    let res = config.compile(src, &exe)?;
    let mut problems = Vec::new();
    if res.status.code() != Some(1) {
        problems.push(format!(
            "alc exit status: expected 1, got {}",
            describe_status(res.status)
        ));
    }
    if res.stderr != expected {
        problems.push(format!("stderr differs:\n{}", diff(&expected, &res.stderr)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

// ====== Reporting ======

fn describe_status(status: ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {sig}");
        }
    }
    status.to_string()
}

/// Quotes a stream, cut to a readable length.
fn quote(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut res: String = text.chars().take(QUOTE_LIMIT).collect();
    if res.len() < text.len() {
        res.push_str("\n... (cut)");
    }
    res.lines().map(|l| format!("  | {l}\n")).collect()
}

/// A compact diff: the first differing line with a few lines of context, then
/// the expected and actual lines from there on.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(&act)
        .position(|(e, a)| e != a)
        .unwrap_or(exp.len().min(act.len()));
    // The column of the first differing character, so that a difference deep
    // inside a very long line (a 200,000-digit number) can be shown.
    let col = match (exp.get(first), act.get(first)) {
        (Some(e), Some(a)) => e.chars().zip(a.chars()).take_while(|(x, y)| x == y).count(),
        _ => 0,
    };

    let mut res = format!(
        "  first difference at line {}, column {} (expected {} lines, got {})\n",
        first + 1,
        col + 1,
        exp.len(),
        act.len()
    );
    for line in &exp[first.saturating_sub(DIFF_CONTEXT)..first] {
        res.push_str(&format!("    {}\n", show_line(line, 0)));
    }
    let exp_rest = &exp[first..(first + DIFF_CONTEXT + 1).min(exp.len())];
    let act_rest = &act[first..(first + DIFF_CONTEXT + 1).min(act.len())];
    for (i, line) in exp_rest.iter().enumerate() {
        res.push_str(&format!(
            "  - {}\n",
            show_line(line, if i == 0 { col } else { 0 })
        ));
    }
    if exp_rest.is_empty() {
        res.push_str("  - <end of output>\n");
    }
    for (i, line) in act_rest.iter().enumerate() {
        res.push_str(&format!(
            "  + {}\n",
            show_line(line, if i == 0 { col } else { 0 })
        ));
    }
    if act_rest.is_empty() {
        res.push_str("  + <end of output>\n");
    }
    res
}

/// One line for a diff: without its newline, with a marker when it has none,
/// and cut to a window around column `col` when very long (a 200,000-digit
/// number must not flood the report).
fn show_line(line: &str, col: usize) -> String {
    const MAX: usize = 200;
    let (body, newline) = match line.strip_suffix('\n') {
        Some(body) => (body, true),
        None => (line, false),
    };
    let n_chars = body.chars().count();
    let mut res = String::new();
    if n_chars <= MAX {
        res.push_str(body);
    } else {
        let start = col.saturating_sub(MAX / 4).min(n_chars.saturating_sub(MAX));
        if start > 0 {
            res.push_str(&format!("[{start} chars]..."));
        }
        res.extend(body.chars().skip(start).take(MAX));
        if start + MAX < n_chars {
            res.push_str(&format!("...[{} more chars]", n_chars - start - MAX));
        }
    }
    if !newline {
        res.push_str("  <no newline at end>");
    }
    res
}
