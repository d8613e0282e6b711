//! Command-line behaviour of `alc`: flags, outputs, and clean one-line
//! errors (exit status 1, never a panic) for bad invocations.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use alc_tests::{alc, workspace};

fn scratch(name: &str) -> PathBuf {
    let d = workspace().join("target/test-out/cli").join(name);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

/// `alc`, with the machine-code cache the test runs share.
fn alc_cmd() -> Command {
    let mut c = Command::new(alc());
    c.env("ALC_CACHE_DIR", workspace().join("target/code-cache"));
    c
}

fn run(args: &[&str]) -> Output {
    alc_cmd().args(args).output().expect("alc runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn write(dir: &Path, name: &str, text: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write source");
    p.display().to_string()
}

#[test]
fn version_and_help() {
    let v = run(&["--version"]);
    assert!(v.status.success());
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("alc "));
    let h = run(&["--help"]);
    assert!(h.status.success());
    let text = String::from_utf8_lossy(&h.stdout);
    assert!(text.contains("Examples:") && text.contains("--target"));
}

#[test]
fn bad_invocations_are_one_clean_error() {
    let d = scratch("bad");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["--no-such-flag".into(), "x.al".into()],
            "unexpected argument",
        ),
        (
            vec![d.join("missing.al").display().to_string()],
            "cannot read",
        ),
        (
            vec![write(&d, "latin1.al", b"print('\xe9')\n")],
            "not valid UTF-8",
        ),
        (
            vec![
                write(&d, "ok.al", b"print(1)\n"),
                "-o".into(),
                d.join("no/such/dir/out").display().to_string(),
            ],
            "does not exist",
        ),
        (
            vec![
                write(&d, "ok2.al", b"print(1)\n"),
                "--target".into(),
                "mips-unknown-linux-gnu".into(),
            ],
            "unsupported target",
        ),
        (
            vec![
                write(&d, "ok3.al", b"print(1)\n"),
                "-o".into(),
                d.join("ok3").display().to_string(),
                "--linker".into(),
                "no-such-linker-gcc".into(),
            ],
            "linker 'no-such-linker-gcc' not found",
        ),
        (
            vec![
                write(&d, "ok4.al", b"print(1)\n"),
                "-o".into(),
                d.join("ok4").display().to_string(),
                "--rt-dir".into(),
                d.display().to_string(),
            ],
            "runtime library",
        ),
        (
            vec![
                write(&d, "ok5.al", b"print(1)\n"),
                "-o".into(),
                d.display().to_string(),
            ],
            "cannot write",
        ),
    ];
    for (args, want) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}");
    }
}

/// A full disk, made for real: a 4 KB tmpfs (the object file cannot be
/// written) and a 64 KB one (the object is, the executable is not), each
/// mounted in a private mount namespace (`unshare -m`, as root; with a user
/// namespace, `-r`, otherwise). Each gives one error line naming the cause
/// and leaves nothing behind.
#[test]
fn a_full_disk_is_one_error_line_and_leaves_no_file() {
    let d = scratch("full");
    let src = write(&d, "prog.al", b"print('hello')\n");
    let mnt = d.join("mnt");
    std::fs::create_dir_all(&mnt).expect("mount point");
    let root = std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false);
    for size in ["4k", "64k"] {
        let script = format!(
            "mount -t tmpfs -o size={size} tmpfs '{m}' && '{alc}' '{src}' -o '{m}/prog'; echo \"status $?\"; ls -A '{m}'",
            m = mnt.display(),
            alc = alc().display(),
        );
        let flags = if root { "-m" } else { "-rm" };
        let o = Command::new("unshare")
            .args([flags, "sh", "-c", &script])
            .output()
            .expect("unshare (util-linux) runs");
        let err = stderr(&o);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(
            out, "status 1\n",
            "size {size}: files left behind or wrong status; stderr: {err}"
        );
        assert_eq!(
            err,
            format!(
                "error: cannot write {}/prog: no space left on device\n",
                mnt.display()
            ),
            "size {size}"
        );
    }
}

#[test]
fn object_clif_and_default_output_name() {
    let d = scratch("emit");
    let src = write(
        &d,
        "prog.al",
        b"def f(x):\n    return x + 1\nprint(f(41))\n",
    );
    let obj = d.join("prog.o");
    let o = run(&[&src, "-c", "-o", &obj.display().to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&obj)
        .expect("object written")
        .starts_with(b"\x7fELF"));
    let clif = run(&[&src, "--emit", "clif"]);
    assert!(clif.status.success());
    assert!(String::from_utf8_lossy(&clif.stdout).contains("function"));
    // Without -o, the executable is named after the program's stem.
    let o = alc_cmd()
        .arg("prog.al")
        .current_dir(&d)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = Command::new(d.join("prog")).output().expect("program runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
}

/// `alc run` reuses the build while the program's sources are unchanged
/// (a touch is no change), and rebuilds when an imported module changes.
#[test]
fn run_reuses_the_build_of_unchanged_sources() {
    let d = scratch("run_cache");
    let cache = d.join("cache");
    let _ = std::fs::remove_dir_all(&cache);
    let src = write(&d, "main.al", b"import helper\nprint(helper.VALUE)\n");
    write(&d, "helper.py", b"VALUE = 1\n");
    let alc_run = || {
        let o = alc_cmd()
            .env("XDG_CACHE_HOME", &cache)
            .args(["run", &src])
            .output()
            .expect("alc runs");
        assert!(o.status.success(), "{}", stderr(&o));
        String::from_utf8_lossy(&o.stdout).to_string()
    };
    let builds = || {
        let mut v: Vec<_> = std::fs::read_dir(cache.join("alc"))
            .expect("cache directory")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_none())
            .map(|p| {
                let m = std::fs::metadata(&p).expect("metadata");
                (p, m.modified().expect("mtime"))
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(alc_run(), "1\n");
    let first = builds();
    assert_eq!(first.len(), 1, "one executable: {first:?}");
    write(&d, "main.al", b"import helper\nprint(helper.VALUE)\n");
    assert_eq!(alc_run(), "1\n");
    assert_eq!(builds(), first, "an unchanged program is not rebuilt");
    write(&d, "helper.py", b"VALUE = 2\n");
    assert_eq!(alc_run(), "2\n");
    let second = builds();
    assert_eq!(second.len(), 1, "the old build is replaced: {second:?}");
    assert_ne!(second, first);
}

#[test]
fn run_passes_arguments_and_status() {
    let d = scratch("run");
    let src = write(&d, "exit3.al", b"print('hi')\nraise SystemExit(3)\n");
    let o = run(&["run", &src, "a", "b"]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "hi\n");
}

#[test]
fn verbose_shows_the_linker_and_static_links_statically() {
    let d = scratch("link");
    let src = write(&d, "p.al", b"print('static')\n");
    let exe = d.join("p").display().to_string();
    let o = run(&[&src, "-o", &exe, "-v", "--static"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("libalrt.a"));
    let elf = std::fs::read(&exe).expect("executable");
    assert!(
        !has_interpreter(&elf),
        "a static executable has no PT_INTERP"
    );
    let out = Command::new(&exe).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "static\n");
}

/// Does this ELF64 file have a PT_INTERP program header (a dynamic loader)?
fn has_interpreter(elf: &[u8]) -> bool {
    let u16_at = |o: usize| u16::from_le_bytes([elf[o], elf[o + 1]]) as usize;
    let phoff = u64::from_le_bytes(elf[0x20..0x28].try_into().expect("8 bytes")) as usize;
    let (phentsize, phnum) = (u16_at(0x36), u16_at(0x38));
    (0..phnum).any(|i| {
        let o = phoff + i * phentsize;
        u32::from_le_bytes(elf[o..o + 4].try_into().expect("4 bytes")) == 3
    })
}

#[test]
fn cyclic_garbage_keeps_peak_rss_under_64_mb() {
    // 1.2 million small cycles created and dropped (issue 4's bound).
    let src = workspace().join("tests/programs/gc/million_cycles.al");
    let d = scratch("rss");
    let exe = d.join("million_cycles");
    let o = run(&[&src.display().to_string(), "-o", &exe.display().to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (out, kb) = peak_rss_kb(&exe);
    assert!(out.status.success());
    assert!(kb < 64 * 1024, "peak RSS {kb} KB");
}

#[test]
fn out_of_memory_is_a_catchable_memory_error() {
    // Under a 2.5 GB address-space limit (the program stack takes 1 GiB),
    // growing a list of lists runs out; the program catches MemoryError,
    // recovers, and a second exhaustion is an uncaught traceback.
    let d = scratch("oom");
    let src = write(
        &d,
        "oom.al",
        b"def grow():\n    hold = []\n    while True:\n        hold.append([0] * 100000)\n\n\
try:\n    grow()\nexcept MemoryError as e:\n    print('caught', type(e).__name__)\n\
d = {i: str(i) for i in range(100000)}\nprint('recovered', len(d))\ngrow()\n",
    );
    let exe = d.join("oom");
    let o = run(&[&src, "-o", &exe.display().to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v 2500000 && exec {}", exe.display()))
        .output()
        .expect("sh runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "caught MemoryError\nrecovered 100000\n"
    );
    let err = stderr(&out);
    assert!(err.ends_with("\nMemoryError\n"), "{err}");
    assert!(err.contains("in grow"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_500_mb_address_space_limit_still_runs_programs() {
    // The 1 GiB program stack does not fit under `ulimit -v 512000`: rt
    // takes a smaller one, and deep recursion and a big list still work.
    let exe = build(
        "ulimit",
        "deep",
        "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n\
print(f(20000))\nprint(len([0] * 10**7))\n",
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v 512000 && exec {}", exe.display()))
        .output()
        .expect("sh runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "20000\n10000000\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn growing_a_string_by_one_character_is_linear() {
    // 8 MB of text by single-character `+=` (a global and a local): about
    // 0.3 CPU seconds with the append buffer (objects/str/append.rs), while
    // copying the string at each step would move 40 TB. The CPU limit is
    // generous for a loaded machine and still far below a quadratic run.
    let exe = build(
        "strappend",
        "grow",
        "s = ''\nfor i in range(4000000):\n    s += 'abcdefgh'[i % 8]\n\
print(len(s), s[-8:], s.count('h'))\n\
def f():\n    t = ''\n    for i in range(2000000):\n        t = t + '\\u00e9'\n    return t\n\
print(len(f()))\n",
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -t 30 && exec /usr/bin/time -f %M {}",
            exe.display()
        ))
        .output()
        .expect("sh runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "4000000 abcdefgh 500000\n2000000\n"
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kb: u64 = stderr(&out)
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .expect("peak RSS in KB");
    // The buffers' spare room and the dead views before a collection, not
    // the tens of megabytes of copies a collection would have to catch up
    // with.
    assert!(kb < 128 * 1024, "peak RSS {kb} KB");
}

#[test]
fn a_string_grown_past_the_memory_limit_is_a_catchable_memory_error() {
    // Appends through the append buffer run out under a 600 MB
    // address-space limit; the program catches MemoryError, grows another
    // string, and a second exhaustion is an uncaught traceback.
    let exe = build(
        "strappend-oom",
        "oom",
        "def grow():
    s = 'ab' * 300
    s = s + 'c'
    while True:
        s += s[:len(s) // 2]

try:
    grow()
except MemoryError as e:
    print('caught', type(e).__name__)
t = ''
for i in range(100000):
    t += 'xy'
print('recovered', len(t))
grow()
",
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v 600000 && exec {}", exe.display()))
        .output()
        .expect("sh runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "caught MemoryError\nrecovered 200000\n"
    );
    let err = stderr(&out);
    assert!(err.ends_with("\nMemoryError\n"), "{err}");
    assert!(err.contains("in grow"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_runtime_built_for_another_abi_is_refused_by_name() {
    let d = scratch("stale-rt");
    // A real archive with the symbols of an object file but no ABI stamp,
    // as a runtime from another checkout would be.
    let src = write(&d, "lib.al", b"print(1)\n");
    let obj = d.join("lib.o");
    let o = run(&[&src, "-c", "-o", obj.to_str().expect("utf-8 path")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lib = d.join("libalrt.a");
    let _ = std::fs::remove_file(&lib);
    let ar = Command::new("ar").arg("rcs").arg(&lib).arg(&obj).status();
    assert!(ar.expect("ar (binutils) runs").success());
    let prog = write(&d, "prog.al", b"print(2)\n");
    let out = d.join("prog").display().to_string();
    let dir = d.display().to_string();
    let o = run(&[&prog, "-o", &out, "--rt-dir", &dir]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("does not match this alc"), "{err}");
    assert!(err.contains("it has no ABI stamp"), "{err}");
    assert!(err.contains(alrt_abi::data::ABI_STAMP), "{err}");
}

/// Compiles `src` into the scratch dir `dir`; returns the executable.
fn build(dir: &str, name: &str, src: &str) -> PathBuf {
    let d = scratch(dir);
    let prog = write(&d, &format!("{name}.al"), src.as_bytes());
    let exe = d.join(name);
    let o = run(&[&prog, "-o", exe.to_str().expect("utf-8 path")]);
    assert!(o.status.success(), "{}", stderr(&o));
    exe
}

/// Kills the child process if a failed assertion leaves it running.
struct KillOnDrop(Option<std::process::Child>);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(c) = &mut self.0 {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Runs `exe`, waits for it to print "ready", sends it SIGINT `times`
/// times (a moment apart) and returns its output.
fn interrupt(exe: &Path, times: usize) -> Output {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let child = Command::new(exe)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("program runs");
    let mut guard = KillOnDrop(Some(child));
    let child = guard.0.as_mut().expect("spawned");
    let pid = child.id().to_string();
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut seen = String::new();
    for _ in 0..times {
        loop {
            let mut line = String::new();
            let n = out.read_line(&mut line).expect("read a line");
            assert!(n > 0, "ended before 'ready': {seen}");
            seen.push_str(&line);
            if line == "ready\n" {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        let kill = Command::new("kill").args(["-INT", &pid]).status();
        assert!(kill.expect("kill runs").success());
    }
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).expect("read the rest");
    let child = guard.0.take().expect("still held");
    let mut o = child.wait_with_output().expect("program ends");
    o.stdout = (seen + &rest).into_bytes();
    o
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_where_the_program_runs() {
    use std::os::unix::process::ExitStatusExt;
    let exe = build(
        "sigint",
        "spin",
        "def spin():\n    n = 0\n    while True:\n        n += 1\n\n\
         try:\n    print('ready', flush=True)\n    spin()\nexcept KeyboardInterrupt:\n    print('caught')\n\
         total = 0\nprint('ready', flush=True)\nfor i in range(10 ** 15):\n    total += i\n",
    );
    let o = interrupt(&exe, 2);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out, "ready\ncaught\nready\n");
    // Uncaught: CPython's report, then the process ends by SIGINT itself.
    let err = stderr(&o);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{err}");
    assert_eq!(o.status.signal(), Some(2), "{:?}", o.status);
}

/// The machine-code cache pays only if a library module compiles to the
/// same IR whatever program imports it: two programs that differ in their
/// own code and in the modules they import share every function of the
/// modules they both import; only their own functions and the program's
/// start-up code are compiled for the second.
#[test]
fn library_functions_are_compiled_once_across_programs() {
    let d = scratch("code-cache");
    let cache = d.join("cache");
    let _ = std::fs::remove_dir_all(&cache);
    let compile = |name: &str, src: &str| {
        let prog = write(&d, &format!("{name}.al"), src.as_bytes());
        let o = Command::new(alc())
            .env("ALC_CACHE_DIR", &cache)
            .args([prog.as_str(), "-c", "-o"])
            .arg(d.join(format!("{name}.o")))
            .output()
            .expect("alc runs");
        assert!(o.status.success(), "{}", stderr(&o));
        std::fs::read_dir(&cache).expect("cache written").count()
    };
    let first = compile(
        "first",
        "import textwrap\nprint(textwrap.fill('a b c', 3))\n",
    );
    assert!(first > 30, "only {first} functions cached");
    let second = compile(
        "second",
        "import json, textwrap\n\ndef g(x):\n    return [x, 2.5, 'y']\n\nprint(json.dumps(g(1)), textwrap.dedent('  z'))\n",
    );
    let json_only = compile("third", "import json\nprint(json.dumps(1))\n");
    // The second program's own: its body, g's entries, its constants, the
    // start-up function; json's functions are new too.
    assert!(second > first, "json's functions were not compiled");
    assert!(
        json_only - second <= 4,
        "a program importing json alone compiled {} functions again",
        json_only - second
    );
}

/// CPython's docstrings of the built-ins are linked only into programs
/// that may read them (`compiler/src/lower/consts.rs`, `may_read_docs`).
#[test]
fn builtin_docstrings_are_linked_only_where_they_can_be_read() {
    let doc = b"Append object to the end of the list.";
    let contains = |exe: &Path| {
        let bytes = std::fs::read(exe).expect("read executable");
        bytes.windows(doc.len()).any(|w| w == doc)
    };
    let plain = build("docs_plain", "plain", "print([1].append)\n");
    assert!(
        !contains(&plain),
        "docstrings linked into a program that cannot read them"
    );
    let reader = build("docs_reader", "reader", "print(list.append.__doc__)\n");
    assert!(
        contains(&reader),
        "docstrings missing from a program reading __doc__"
    );
    let out = Command::new(&reader).output().expect("run");
    assert_eq!(out.stdout, b"Append object to the end of the list.\n");
}

/// `readelf` of `exe` with `flag`, as text.
fn readelf(flag: &str, exe: &str) -> String {
    let o = Command::new("readelf")
        .args([flag, "-W", exe])
        .output()
        .expect("readelf runs (binutils, beside the linker)");
    assert!(o.status.success(), "readelf {flag} {exe}");
    String::from_utf8_lossy(&o.stdout).to_string()
}

#[test]
fn hello_world_is_small_stripped_and_needs_only_glibc() {
    let d = scratch("size");
    let hello = workspace().join("examples/hello.al").display().to_string();
    let exe = d.join("hello").display().to_string();
    let o = run(&[&hello, "-o", &exe]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The issue's target is 1 MB; this is the ceiling reached so far
    // (2.55 MB, from 3.8 MB), so that it does not grow back.
    let size = std::fs::metadata(&exe).expect("executable").len();
    assert!(size < 2_700_000, "hello world is {size} bytes");
    let elf = std::fs::read(&exe).expect("executable");
    assert_eq!(
        u16::from_le_bytes([elf[0x10], elf[0x11]]),
        2,
        "not a PIE (ET_EXEC): no load-time relocations of rt's tables"
    );
    let dynamic = readelf("-d", &exe);
    // glibc's own libraries: libc, libm and the dynamic loader (libgcc's
    // unwinder, linked in, calls its `_dl_find_object`).
    let mut needed: Vec<&str> = dynamic
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .map(|n| {
            if n.starts_with("ld-linux") {
                "ld-linux"
            } else {
                n
            }
        })
        .collect();
    needed.sort_unstable();
    assert_eq!(needed, ["ld-linux", "libc.so.6", "libm.so.6"], "{dynamic}");
    let sections = readelf("-S", &exe);
    assert!(!sections.contains(".debug_"), "{sections}");
    assert!(!sections.contains(".symtab"), "{sections}");
    // `-g` keeps the runtime's line tables and the symbols.
    let exe_g = d.join("hello-g").display().to_string();
    let o = run(&[&hello, "-o", &exe_g, "-g"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let sections = readelf("-S", &exe_g);
    assert!(sections.contains(".debug_line"), "{sections}");
    assert!(sections.contains(".symtab"), "{sections}");
    let out = Command::new(&exe_g).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Hello, world!\n");
}

/// Peak RSS in KB of running `exe` (GNU time's `%M`).
fn peak_rss_kb(exe: &std::path::Path) -> (std::process::Output, u64) {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(exe)
        .output()
        .expect("/usr/bin/time runs (scripts/setup.sh installs it)");
    let err = String::from_utf8_lossy(&out.stderr);
    let kb = err
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .expect("peak RSS in KB");
    (out, kb)
}

#[test]
fn ten_thousand_execs_run_in_bounded_memory() {
    // Each exec compiles its source to machine code, which is unmapped
    // once nothing refers to it (issue 18).
    let d = scratch("exec_loop");
    let src = write(
        &d,
        "loop.al",
        b"for i in range(10000):\n    exec(f'x = {i} + 1')\n    y = eval(f'{i} * 2')\nprint(x, y)\n",
    );
    let exe = d.join("loop");
    let o = run(&[&src, "-o", &exe.display().to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (out, kb) = peak_rss_kb(&exe);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "10000 19998\n");
    assert!(kb < 40 * 1024, "peak RSS {kb} KB");
}

#[test]
fn execs_defining_functions_run_in_bounded_memory() {
    // The code of an exec that made functions goes when they do (their
    // descriptors lie in its memory: issue 18), also when each run's
    // globals hold its functions; 3000 such execs needed 98 MB before.
    let d = scratch("exec_defs");
    let src = write(
        &d,
        "defs.al",
        br#"ns = {}
for i in range(3000):
    exec(f'def f(x):\n    return x + {i}\n', ns)
    g = {}
    exec(f'def h():\n    return h, {i}\n', g)
print(ns['f'](1), g['h']()[1])
"#,
    );
    let exe = d.join("defs");
    let o = run(&[&src, "-o", &exe.display().to_string()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (out, kb) = peak_rss_kb(&exe);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3000 2999\n");
    assert!(kb < 40 * 1024, "peak RSS {kb} KB");
}

#[test]
fn only_programs_naming_eval_carry_the_compiler() {
    // The JIT (libalrt_jit.a) is linked only where eval/exec/compile or
    // __import__ is named: hello world does not grow with it.
    let d = scratch("jit_size");
    let plain = write(&d, "plain.al", b"print('hi')\n");
    let with_eval = write(&d, "with_eval.al", b"print(eval('1 + 1'))\n");
    let size = |src: &str, name: &str| {
        let exe = d.join(name);
        let o = run(&[src, "-o", &exe.display().to_string()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = Command::new(&exe).output().expect("runs");
        assert!(out.status.success());
        (
            std::fs::metadata(&exe).expect("exists").len(),
            String::from_utf8_lossy(&out.stdout).to_string(),
        )
    };
    let (plain_size, plain_out) = size(&plain, "plain");
    let (eval_size, eval_out) = size(&with_eval, "with_eval");
    assert_eq!((plain_out.as_str(), eval_out.as_str()), ("hi\n", "2\n"));
    assert!(
        plain_size * 2 < eval_size,
        "hello {plain_size} bytes, with eval {eval_size}"
    );
}
