//! Source-level debugging of compiled programs: with `-g`, gdb stops at a
//! line of an Al source (`break prog.al:2`) and its backtrace names the Al
//! functions with their files and lines, natively and for aarch64 under
//! qemu's gdb stub; without `-g`, no debugging information of the Al code
//! is written. Needs gdb and gdb-multiarch (`scripts/setup.sh` installs
//! them) and, for aarch64, the runtime built for it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use alc_tests::{alc, workspace};

/// A fresh directory for one test, holding `prog.al`.
fn scratch(name: &str) -> PathBuf {
    let d = workspace().join("target/test-out/debug").join(name);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    std::fs::write(d.join("prog.al"), PROG).expect("write prog.al");
    d
}

/// Calls three functions deep, through a method, from the module body.
const PROG: &str = "\
def square(x):
    y = x * x
    return y


def total(n):
    s = 0
    for i in range(n):
        s += square(i)
    return s


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return total(self.x)


print(Point(3).norm())
";

/// The frames of `PROG` when it stops at line 2, innermost first.
const FRAMES: &[(&str, u32)] = &[
    ("square", 2),
    ("total", 9),
    ("Point.norm", 18),
    ("<module>", 21),
];

/// Runs `alc args` in `dir` with the machine-code cache `dir/cache`.
fn compile(dir: &Path, args: &[&str]) {
    let out = Command::new(alc())
        .args(args)
        .current_dir(dir)
        .env("ALC_CACHE_DIR", dir.join("cache"))
        .output()
        .expect("alc runs");
    assert!(
        out.status.success(),
        "alc {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The `name () at prog.al:N` frames of a gdb backtrace, in order.
fn al_frames(gdb: &str) -> Vec<(String, u32)> {
    gdb.lines()
        .filter(|l| l.starts_with('#'))
        .filter_map(|l| {
            let (head, line) = l.split_once(" () at prog.al:")?;
            let name = head.rsplit(' ').next()?;
            Some((name.to_string(), line.trim().parse().ok()?))
        })
        .collect()
}

/// Checks gdb's output `out` of `break prog.al:2`, running to it, `bt`.
fn check_stop_and_backtrace(out: &str) {
    assert!(
        out.contains("Breakpoint 1 at ") && out.contains(": file prog.al, line 2."),
        "gdb did not resolve prog.al:2:\n{out}"
    );
    assert!(
        out.contains("hit Breakpoint 1, square () at prog.al:2"),
        "the breakpoint was not hit in square at line 2:\n{out}"
    );
    let want: Vec<(String, u32)> = FRAMES.iter().map(|(n, l)| (n.to_string(), *l)).collect();
    assert_eq!(al_frames(out), want, "backtrace:\n{out}");
}

#[test]
fn gdb_stops_at_an_al_line_and_names_al_frames() {
    let dir = scratch("native");
    // The first build fills the machine-code cache without `-g`; the
    // second takes every function from it, with the same source locations.
    compile(&dir, &["prog.al", "-o", "plain"]);
    compile(&dir, &["prog.al", "-g", "-o", "prog"]);
    let out = Command::new("timeout")
        .arg("120")
        .arg("gdb")
        .args(["-nx", "-batch"])
        .args(["-ex", "break prog.al:2"])
        .args(["-ex", "run", "-ex", "bt", "./prog"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .expect("gdb runs (scripts/setup.sh installs it)");
    check_stop_and_backtrace(&text(&out));
}

/// The source lines gdb printed as it stopped (`9\t    s += ...`), in order.
fn shown_lines(gdb: &str) -> Vec<u32> {
    gdb.lines()
        .filter_map(|l| l.split_once('\t')?.0.parse().ok())
        .collect()
}

#[test]
fn gdb_next_goes_round_a_for_loop_through_its_for_line() {
    let dir = scratch("next");
    compile(&dir, &["prog.al", "-g", "-o", "prog"]);
    let out = Command::new("timeout")
        .arg("120")
        .arg("gdb")
        .args(["-nx", "-batch", "-ex", "break prog.al:9", "-ex", "run"])
        .args(["-ex", "next", "-ex", "next", "-ex", "next", "./prog"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .expect("gdb runs (scripts/setup.sh installs it)");
    let out = text(&out);
    assert_eq!(shown_lines(&out), [9, 8, 9, 8], "gdb:\n{out}");
}

#[test]
fn a_breakpoint_in_a_numeric_loop_stops_at_every_iteration() {
    // Without `-g` this loop would run in a fast copy until `x` leaves the
    // small ints, then in its generic copy: with `-g` it has one copy.
    let dir = scratch("numeric_loop");
    let src = "def grow(n):\n    x = 1\n    i = 0\n    while i < n:\n        x = x * 1000\n        i = i + 1\n    return x\nprint(grow(10))\n";
    std::fs::write(dir.join("prog.al"), src).expect("write prog.al");
    compile(&dir, &["prog.al", "-g", "-o", "prog"]);
    let mut gdb = Command::new("timeout");
    gdb.arg("120")
        .arg("gdb")
        .args(["-nx", "-batch", "-ex", "break prog.al:5", "-ex", "run"]);
    for _ in 0..12 {
        gdb.args(["-ex", "continue"]);
    }
    let out = gdb
        .arg("./prog")
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
        .expect("gdb runs (scripts/setup.sh installs it)");
    let out = text(&out);
    assert_eq!(out.matches("hit Breakpoint 1").count(), 10, "gdb:\n{out}");
}

#[test]
fn gdb_stops_at_an_al_line_on_aarch64_under_qemu() {
    let dir = scratch("aarch64");
    compile(
        &dir,
        &[
            "prog.al",
            "-g",
            "--target",
            "aarch64-unknown-linux-gnu",
            "-o",
            "prog",
        ],
    );
    let socket = dir.join("gdb.sock");
    let mut qemu = Command::new("qemu-aarch64")
        .arg("-g")
        .arg(&socket)
        .args(["-L", "/usr/aarch64-linux-gnu", "./prog"])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("qemu-aarch64 runs (scripts/setup.sh installs it)");
    let start = Instant::now();
    while !socket.exists() && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = Command::new("timeout")
        .arg("120")
        .arg("gdb-multiarch")
        .args(["-nx", "-batch"])
        .args(["-ex", "set sysroot /usr/aarch64-linux-gnu"])
        .arg("-ex")
        .arg(format!("target remote {}", socket.display()))
        .args(["-ex", "break prog.al:2"])
        .args(["-ex", "continue", "-ex", "bt", "./prog"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output();
    let _ = qemu.kill();
    let _ = qemu.wait();
    let out = out.expect("gdb-multiarch runs (scripts/setup.sh installs it)");
    check_stop_and_backtrace(&text(&out));
}

/// The names of the `.debug_*` sections of the ELF file at `path`.
fn debug_sections(path: &Path) -> Vec<String> {
    use object::{Object, ObjectSection};
    let bytes = std::fs::read(path).expect("read the output");
    let file = object::File::parse(&*bytes).expect("an ELF file");
    file.sections()
        .filter_map(|s| s.name().ok().map(str::to_string))
        .filter(|n| n.starts_with(".debug_"))
        .collect()
}

/// The names of the function symbols of the ELF file at `path`.
fn function_symbols(path: &Path) -> Vec<String> {
    use object::{Object, ObjectSymbol, SymbolKind};
    let bytes = std::fs::read(path).expect("read the output");
    let file = object::File::parse(&*bytes).expect("an ELF file");
    file.symbols()
        .filter(|s| s.kind() == SymbolKind::Text)
        .filter_map(|s| s.name().ok().map(str::to_string))
        .collect()
}

#[test]
fn only_g_writes_debugging_information() {
    let dir = scratch("sections");
    compile(&dir, &["prog.al", "-c", "-o", "plain.o"]);
    compile(&dir, &["prog.al", "-o", "plain"]);
    compile(&dir, &["prog.al", "-g", "-c", "-o", "debug.o"]);
    compile(&dir, &["prog.al", "-g", "-o", "debug"]);
    assert_eq!(debug_sections(&dir.join("plain.o")), Vec::<String>::new());
    assert_eq!(debug_sections(&dir.join("plain")), Vec::<String>::new());
    let sections = debug_sections(&dir.join("debug.o"));
    for s in [".debug_info", ".debug_abbrev", ".debug_line", ".debug_str"] {
        assert!(sections.iter().any(|n| n == s), "{s} missing: {sections:?}");
    }
    // perf names samples by the symbol table: the Al functions' symbols
    // carry their Al names.
    let symbols = function_symbols(&dir.join("debug"));
    for (name, _) in FRAMES {
        assert!(
            symbols.iter().any(|s| s == name),
            "no function symbol {name} in the -g executable"
        );
    }
}
