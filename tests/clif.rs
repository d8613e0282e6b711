//! Performance techniques of generated code, shown on `alc --emit clif`:
//! which rt calls a function's hot path (its blocks not marked `cold`)
//! still makes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// The Cranelift IR of `src` (a program), one entry per function symbol.
fn clif_of(name: &str, src: &str) -> HashMap<String, String> {
    let d = workspace().join("target/test-out/clif");
    std::fs::create_dir_all(&d).expect("scratch dir");
    let p = d.join(format!("{name}.al"));
    std::fs::write(&p, src).expect("write source");
    let alc = std::env::var_os("ALC")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/release/alc"));
    let o = Command::new(&alc)
        .arg(&p)
        .args(["--emit", "clif"])
        .output()
        .expect("alc runs (cargo build --release first)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).to_string();
    let mut funcs = HashMap::new();
    let mut cur: Option<(String, String)> = None;
    for line in text.lines() {
        if line.starts_with("function ") {
            if let Some((n, body)) = cur.take() {
                funcs.insert(n, body);
            }
            let sym = line.rsplit("; ").next().unwrap_or("").to_string();
            cur = Some((sym, String::new()));
        }
        if let Some((_, body)) = &mut cur {
            body.push_str(line);
            body.push('\n');
        }
    }
    if let Some((n, body)) = cur {
        funcs.insert(n, body);
    }
    funcs
}

/// The calls of rt entry `callee` in the blocks of `func` reachable from
/// its entry without passing through a block marked cold (the slow paths
/// and everything only they reach).
fn hot_calls(func: &str, callee: &str) -> usize {
    let refs: Vec<String> = func
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("fn") && l.ends_with(&format!("; {callee}")))
        .map(|l| l.split(' ').next().unwrap_or("").to_string())
        .collect();
    hot_lines(func, |code, _| {
        let called = code
            .split("call ")
            .nth(1)
            .and_then(|c| c.split('(').next())
            .unwrap_or("");
        refs.iter().any(|r| r == called)
    })
}

/// The inline float allocations on `func`'s hot path: stores of the
/// constant KIND_FLOAT at a header's kind offset (the IR text annotates a
/// stored constant: `store notrap aligned v8, v5+8  ; v8 = 4`).
fn hot_boxes(func: &str) -> usize {
    hot_lines(func, |code, note| {
        code.contains("store ")
            && code
                .trim_end()
                .ends_with(&format!("+{}", alrt_abi::layout::HEADER_KIND))
            && note
                .trim()
                .ends_with(&format!("= {}", alrt_abi::layout::KIND_FLOAT))
    })
}

/// The instructions of `func` (code and comment) for which `hit` holds, in
/// blocks reachable from its entry without passing through a cold block.
fn hot_lines(func: &str, hit: impl Fn(&str, &str) -> bool) -> usize {
    // Each block: whether it is cold, its hits, its successors.
    let mut blocks: Vec<(String, bool, usize, Vec<String>)> = Vec::new();
    for line in func.lines() {
        let t = line.trim();
        if t.starts_with("block") && t.ends_with(':') {
            let name = t.split(['(', ' ', ':']).next().unwrap_or("").to_string();
            blocks.push((name, t.contains(" cold"), 0, Vec::new()));
            continue;
        }
        let Some(b) = blocks.last_mut() else { continue };
        let (code, note) = t.split_once(';').unwrap_or((t, ""));
        if hit(code, note) {
            b.2 += 1;
        }
        if code.contains("jump ") || code.contains("brif ") {
            for w in code.split(|c: char| !c.is_ascii_alphanumeric()) {
                if w.starts_with("block") {
                    b.3.push(w.to_string());
                }
            }
        }
    }
    let index: HashMap<&str, usize> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| (b.0.as_str(), i))
        .collect();
    let mut seen = vec![false; blocks.len()];
    let mut stack = vec![0];
    let mut n = 0;
    while let Some(i) = stack.pop() {
        if seen[i] || blocks[i].1 {
            continue;
        }
        seen[i] = true;
        n += blocks[i].2;
        for s in &blocks[i].3 {
            if let Some(&j) = index.get(s.as_str()) {
                stack.push(j);
            }
        }
    }
    n
}

/// rt's float boxing, which generated code calls only when its inline
/// allocation finds the float run exhausted: never on a hot path.
const BOX: &str = "alc_rt_const_float";

#[test]
fn a_float_accumulator_is_boxed_only_where_it_is_returned() {
    let f = clif_of(
        "accumulate",
        "def acc(xs):\n    s = 0.0\n    for x in xs:\n        s = s + x * 0.5\n    return s\nprint(acc([1, 2.5]))\n",
    );
    let body = &f["alc_fn1_acc"];
    // One box: the `return s`. The loop's `s + x * 0.5` stays unboxed.
    assert_eq!(hot_boxes(body), 1, "{body}");
    assert_eq!(hot_calls(body, BOX), 0, "{body}");
}

#[test]
fn float_locals_stay_unboxed_across_statements() {
    // Mandelbrot's inner loop: four float locals assigned and read in turn.
    let src = "def it(cr, ci, n):\n    zr = 0.0\n    zi = 0.0\n    for k in range(n):\n        zr2 = zr * zr\n        zi2 = zi * zi\n        if zr2 + zi2 > 4.0:\n            return k\n        zi = 2.0 * zr * zi + ci\n        zr = zr2 - zi2 + cr\n    return n\nprint(it(0.1, 0.2, 50))\n";
    let f = clif_of("mandel", src);
    let body = &f["alc_fn1_it"];
    assert_eq!(hot_boxes(body), 0, "{body}");
    assert_eq!(hot_calls(body, BOX), 0, "{body}");
    // The comparison with 4.0 is inline too.
    assert_eq!(hot_calls(body, "alc_rt_compare_bool"), 0, "{body}");
}

#[test]
fn a_float_power_calls_libm_pow_without_boxing() {
    let src = "def norm(xs):\n    s = 0.0\n    for x in xs:\n        d = x * 1.0\n        s = s + d * (d ** 0.5)\n    return s ** 0.5\nprint(norm([1.0, 4.0]))\n";
    let f = clif_of("pow", src);
    let body = &f["alc_fn1_norm"];
    assert_eq!(hot_calls(body, "alc_rt_binop"), 0, "{body}");
    // `d ** 0.5` in the loop's generic and fast copies, and the return's.
    assert_eq!(hot_calls(body, "alc_rt_float_powf"), 3, "{body}");
    // Only `return s ** 0.5` boxes.
    assert_eq!(hot_boxes(body), 1, "{body}");
    assert_eq!(hot_calls(body, BOX), 0, "{body}");
}

#[test]
fn floats_stored_into_lists_are_allocated_inline() {
    // nbody's `b[3] = b[3] - dt * m`: each stored float needs a box.
    let src = "def advance(bodies, dt):\n    for b in bodies:\n        b[3] = b[3] - dt * b[0]\n        b[4] = b[4] * 0.5\nadvance([[1.0, 2.0, 3.0, 4.0, 5.0]], 0.01)\n";
    let f = clif_of("float_store", src);
    let body = &f["alc_fn1_advance"];
    // Two boxes in each of the loop's copies (generic and fast), each
    // inline: rt's call is only behind the test of the float run, on a
    // cold path.
    assert_eq!(hot_boxes(body), 4, "{body}");
    assert_eq!(hot_calls(body, BOX), 0, "{body}");
}

/// True if some window of `lines` holds each of `parts` in order, each
/// within `span` lines of the previous one.
fn has_sequence(lines: &[&str], parts: &[&dyn Fn(&str) -> bool], span: usize) -> bool {
    (0..lines.len()).any(|start| {
        let mut at = start;
        for (k, p) in parts.iter().enumerate() {
            let limit = if k == 0 { at + 1 } else { at + span };
            match (at..limit.min(lines.len())).find(|&i| p(lines[i])) {
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
    let funcs = clif_of(
        "call_value",
        "def apply(f, x):\n    return f(x)\n\nprint(apply(lambda v: v + 1, 2))\n",
    );
    let kind = format!("iconst.i32 {}", alrt_abi::layout::KIND_FUNC);
    let generic = format!("+{}", alrt_abi::layout::FUNC_GENERIC);
    let found = funcs.iter().any(|(name, body)| {
        let lines: Vec<&str> = body.lines().map(str::trim).collect();
        name.contains("apply")
            && has_sequence(
                &lines,
                &[
                    &|l: &str| l.contains(&kind),
                    &|l: &str| l.contains("icmp eq"),
                    &|l: &str| l.contains("load.i64") && l.ends_with(&generic),
                    &|l: &str| l.contains("call_indirect"),
                ],
                4,
            )
    });
    assert!(
        found,
        "no inline function-call path in apply: {:?}",
        funcs.keys()
    );
}

/// `str(x)` of the builtin calls `alc_rt_str` (what `f"{x!s}"` calls),
/// not the `str` type through `alc_rt_call`; a rebound `str` is called.
#[test]
fn str_of_one_value_calls_rt_str_directly() {
    let src = "def f(i):\n    return \"a\" + str(i)\n\ndef g(str, i):\n    return str(i)\n\nprint(f(1), g(len, [2]))\n";
    let funcs = clif_of("str_call", src);
    let f = &funcs["alc_fn1_f"];
    assert_eq!(hot_calls(f, "alc_rt_str"), 1, "{f}");
    assert_eq!(hot_calls(f, "alc_rt_call"), 0, "{f}");
    let g = &funcs["alc_fn2_g"];
    assert_eq!(hot_calls(g, "alc_rt_str"), 0, "{g}");
}

/// A `+` chain starting with a str literal collects its operands and joins
/// them once: no `alc_rt_binop` (and no intermediate string) per `+`.
#[test]
fn a_str_concat_chain_is_joined_once() {
    let src = "def line(i, t):\n    return \"item-\" + str(i) + \":\" + t + \";\"\n\nprint(line(1, \"a\"), 1 + 2 + 3)\n";
    let funcs = clif_of("concat_chain", src);
    let f = &funcs["alc_fn1_line"];
    assert_eq!(hot_calls(f, "alc_rt_concat_step"), 4, "{f}");
    assert_eq!(hot_calls(f, "alc_rt_concat_end"), 1, "{f}");
    assert_eq!(hot_calls(f, "alc_rt_binop"), 0, "{f}");
}

#[test]
fn slices_in_subscripts_make_no_slice_object() {
    // Fannkuch's flip: a slice read and a slice assignment per iteration.
    let src = "def flip(p):\n    k = p[0]\n    while k != 0:\n        p[:k + 1] = p[k::-1]\n        k = p[0]\n    return p[:]\nprint(flip([2, 0, 1]))\n";
    let f = clif_of("flip", src);
    let body = &f["alc_fn1_flip"];
    assert_eq!(hot_calls(body, "alc_rt_slice_new"), 0, "{body}");
    assert_eq!(hot_calls(body, "alc_rt_getslice"), 2, "{body}");
    assert_eq!(hot_calls(body, "alc_rt_setslice"), 1, "{body}");
}

/// The instruction lines of each block of `func`, in order.
fn blocks(func: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    for line in func.lines().map(str::trim) {
        if line.starts_with("block") && line.ends_with(':') {
            out.push(Vec::new());
        } else if let Some(b) = out.last_mut() {
            if !line.is_empty() && line != "}" {
                b.push(line);
            }
        }
    }
    out
}

/// True if some block of `func` does three or more float operations
/// with no tag test, load or call among them (a fast copy's arithmetic).
fn has_straight_float_block(func: &str) -> bool {
    blocks(func).into_iter().any(|b| {
        let float_ops = b
            .iter()
            .filter(|l| l.contains(" = fmul") || l.contains(" = fadd") || l.contains(" = fsub"))
            .count();
        let checks = b
            .iter()
            .filter(|l| l.contains(" load.") || l.contains(" call ") || l.contains(" band"))
            .count();
        float_ops >= 3 && checks == 0
    })
}

#[test]
fn a_numeric_while_loop_runs_a_copy_on_unboxed_registers() {
    // Mandelbrot's loop: in its fast copy, `zr * zr`, `zi * zi` and their
    // sum are one straight block of f64 instructions: no tag test, no
    // load of a box, no call.
    let src = "def it(cr, ci, n):\n    zr = 0.0\n    zi = 0.0\n    k = 0\n    while k < n:\n        zr2 = zr * zr\n        zi2 = zi * zi\n        if zr2 + zi2 > 4.0:\n            break\n        zi = 2.0 * zr * zi + ci\n        zr = zr2 - zi2 + cr\n        k = k + 1\n    return k\nprint(it(0.1, 0.2, 50))\n";
    let f = clif_of("spec_loop", src);
    let body = &f["alc_fn1_it"];
    assert!(has_straight_float_block(body), "{body}");
    // The same loop with a call in it is not specialised: no such block.
    let src = "def it(cr, ci, n):\n    zr = 0.0\n    zi = 0.0\n    k = 0\n    while k < n:\n        zr2 = zr * zr\n        zi2 = zi * zi\n        if zr2 + zi2 > 4.0:\n            break\n        zi = 2.0 * zr * zi + ci\n        zr = zr2 - zi2 + float(cr)\n        k = k + 1\n    return k\nprint(it(0.1, 0.2, 50))\n";
    let f = clif_of("spec_loop_call", src);
    let body = &f["alc_fn1_it"];
    let straight = blocks(body).into_iter().any(|b| {
        b.iter().filter(|l| l.contains(" = fmul ")).count() >= 2
            && !b
                .iter()
                .any(|l| l.contains(" load.") || l.contains(" band"))
    });
    assert!(!straight, "{body}");
}

#[test]
fn a_numeric_range_loop_runs_a_copy_on_unboxed_registers() {
    let src = "def f(n, y):\n    x = 0.5\n    for k in range(n):\n        x = x * 0.75 + y * 0.5 - k\n    return x\nprint(f(10, 2.0))\n";
    let f = clif_of("spec_range", src);
    let body = &f["alc_fn1_f"];
    assert!(has_straight_float_block(body), "{body}");
}

#[test]
fn a_loop_computes_calls_of_pure_functions_in_place() {
    // Spectral norm's inner loop: `a(i, j)` only computes, so the fast
    // copy divides in place instead of calling it.
    let src = "def a(i, j):\n    s = i + j\n    return 1.0 / (s * (s + 1) // 2 + i + 1)\ndef row(v, i, n):\n    acc = 0.0\n    for j in range(n):\n        acc = acc + a(i, j) * v[j]\n    return acc\nprint(row([1.0, 2.0], 0, 2))\n";
    let f = clif_of("spec_inline", src);
    let body = &f["alc_fn2_row"];
    assert!(body.contains(" = fdiv"), "{body}");
    assert!(body.contains(" = sdiv"), "{body}");
}
