//! The fast paths of generated code, checked on `alc --emit clif`: each
//! test compiles a small program and looks for the inline sequence that
//! replaces a call into rt.

use alrt_abi::layout;
use std::path::PathBuf;
use std::process::Command;

fn alc() -> PathBuf {
    match std::env::var_os("ALC") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/release/alc"),
    }
}

/// The Cranelift IR of `src`, one string per line.
fn clif(name: &str, src: &str) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target/codegen-tests")
        .join(name);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    let prog = dir.join("prog.al");
    std::fs::write(&prog, src).expect("write program");
    let out = Command::new(alc())
        .arg(&prog)
        .args(["--emit", "clif"])
        .output()
        .expect("run alc (build it with cargo build --release)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// True if some window of `lines` holds each of `parts` in order, each
/// within `span` lines of the previous one.
fn has_sequence(lines: &[String], parts: &[&dyn Fn(&str) -> bool], span: usize) -> bool {
    (0..lines.len()).any(|start| {
        let mut at = start;
        for (k, p) in parts.iter().enumerate() {
            let limit = if k == 0 { at + 1 } else { at + span };
            match (at..limit.min(lines.len())).find(|&i| p(&lines[i])) {
                Some(i) => at = i + 1,
                None => return false,
            }
        }
        true
    })
}

/// Calling a function value (`f(x)` where `f` is a parameter) tests the
/// callee's kind inline and calls a `def`/`lambda` function's generic
/// entry directly; only other callables go through `alc_rt_call`.
#[test]
fn calls_of_function_values_enter_the_callee_directly() {
    let lines = clif(
        "call_value",
        "def apply(f, x):\n    return f(x)\n\nprint(apply(lambda v: v + 1, 2))\n",
    );
    let kind = format!("iconst.i32 {}", layout::KIND_FUNC);
    let generic = format!("+{}", layout::FUNC_GENERIC);
    let found = has_sequence(
        &lines,
        &[
            &|l: &str| l.contains(&kind),
            &|l: &str| l.contains("icmp eq"),
            &|l: &str| l.contains("load.i64") && l.ends_with(&generic),
            &|l: &str| l.contains("call_indirect"),
        ],
        4,
    );
    assert!(
        found,
        "no inline function-call path in:\n{}",
        lines.join("\n")
    );
}
