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
    hot_calls_on(func, false, callee)
}

/// `hot_calls` with `hot_lines_on`'s `floats_only`.
fn hot_calls_on(func: &str, floats_only: bool, callee: &str) -> usize {
    let refs: Vec<String> = func
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("fn") && l.ends_with(&format!("; {callee}")))
        .map(|l| l.split(' ').next().unwrap_or("").to_string())
        .collect();
    hot_lines_on(func, floats_only, |code, _| {
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
    hot_lines(func, hot_box)
}

/// The instructions of `func` (code and comment) for which `hit` holds, in
/// blocks reachable from its entry without passing through a cold block.
fn hot_lines(func: &str, hit: impl Fn(&str, &str) -> bool) -> usize {
    hot_lines_on(func, false, hit)
}

/// `hot_lines`, where with `floats_only` a branch on a list's strategy
/// (its header flag `LIST_FLAG_FLOATS`, or its kind and flags read as one
/// word and compared with a generic or a float list's) is followed only to
/// its float-list side: the code a program whose lists hold only floats
/// runs.
fn hot_lines_on(func: &str, floats_only: bool, hit: impl Fn(&str, &str) -> bool) -> usize {
    hot_lines_in(func, floats_only, false, hit).0
}

/// `hot_lines_on`, counting with `fast_loops` only the blocks on a cycle
/// of hot blocks that test no value's tag (`band` with 1): a fast copy's
/// loop, whose locals are unboxed, not the generic copy's, which tests
/// each value it reads, nor what runs once on leaving a loop. Also the
/// number of blocks counted.
fn hot_lines_in(
    func: &str,
    floats_only: bool,
    fast_loops: bool,
    hit: impl Fn(&str, &str) -> bool,
) -> (usize, usize) {
    use alrt_abi::layout::{HEADER_FLAGS, HEADER_KIND, KIND_LIST, LIST_FLAG_FLOATS};
    let float_word = KIND_LIST as i64 | (LIST_FLAG_FLOATS as i64) << 32;
    // A list's header flags and its kind-and-flags word, loaded; each
    // strategy test, with whether its true side is the float list's.
    let mut flag_loads: Vec<String> = Vec::new();
    let mut kind_words: Vec<String> = Vec::new();
    let mut strategy: HashMap<String, bool> = HashMap::new();
    // Each block: whether it is cold, its hits, its successors, whether it
    // tests a tag.
    let mut blocks: Vec<(String, bool, usize, Vec<String>, bool)> = Vec::new();
    for line in func.lines() {
        let t = line.trim();
        if t.starts_with("block") && t.ends_with(':') {
            let name = t.split(['(', ' ', ':']).next().unwrap_or("").to_string();
            blocks.push((name, t.contains(" cold"), 0, Vec::new(), false));
            continue;
        }
        let Some(b) = blocks.last_mut() else { continue };
        let (code, note) = t.split_once(';').unwrap_or((t, ""));
        if hit(code, note) {
            b.2 += 1;
        }
        // Past the source location (`@0010`), if any.
        let code = match code.strip_prefix('@') {
            Some(rest) => rest.split_once(' ').map_or("", |p| p.1).trim_start(),
            None => code,
        }
        .trim_end();
        let dest = code.split(' ').next().unwrap_or("").to_string();
        let args: Vec<&str> = code
            .split_once(" = ")
            .and_then(|(_, rhs)| rhs.split_once(' '))
            .map(|(_, a)| a.split(", ").collect())
            .unwrap_or_default();
        let constant = |v: &str| -> Option<i64> {
            note.split(", ")
                .find_map(|p| p.trim().strip_prefix(&format!("{v} = ")))
                .and_then(|n| n.parse().ok())
        };
        if code.contains(" = load.i32 ") && code.ends_with(&format!("+{HEADER_FLAGS}")) {
            flag_loads.push(dest.clone());
        }
        if code.contains(" = load.i64 ") && code.ends_with(&format!("+{HEADER_KIND}")) {
            kind_words.push(dest.clone());
        }
        if code.contains(" = band ") && args.len() == 2 {
            if flag_loads.iter().any(|f| f == args[0]) {
                strategy.insert(dest.clone(), true);
            } else if constant(args[1]) == Some(1) {
                b.4 = true;
            }
        }
        if code.contains(" = icmp eq ") && args.len() == 2 {
            let a = args[0].trim_start_matches("eq ");
            if kind_words.iter().any(|k| k == a) {
                match constant(args[1]) {
                    Some(c) if c == KIND_LIST as i64 => {
                        strategy.insert(dest.clone(), false);
                    }
                    Some(c) if c == float_word => {
                        strategy.insert(dest.clone(), true);
                    }
                    _ => {}
                }
            }
        }
        // `brif.i64 v5, ...` when the printer names the type (a value
        // aliased to a block parameter).
        let brif = code.strip_prefix("brif ").or_else(|| {
            code.strip_prefix("brif.")
                .and_then(|r| r.split_once(' ').map(|p| p.1))
        });
        let on_strategy = brif
            .and_then(|rest| rest.split(',').next())
            .and_then(|c| strategy.get(c).copied());
        if let (true, Some(then_is_float)) = (floats_only, on_strategy) {
            let side = if then_is_float { 1 } else { 2 };
            if let Some(w) = code
                .split(", ")
                .nth(side)
                .filter(|w| w.starts_with("block"))
            {
                b.3.push(w.split('(').next().unwrap_or("").to_string());
            } else {
                // The else target after a then target with arguments.
                let targets: Vec<&str> = code
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| w.starts_with("block"))
                    .collect();
                if let Some(w) = targets.get(side - 1) {
                    b.3.push(w.to_string());
                }
            }
        } else if code.contains("jump ") || brif.is_some() {
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
    let succs = |i: usize, untagged: bool| -> Vec<usize> {
        blocks[i]
            .3
            .iter()
            .filter_map(|s| index.get(s.as_str()).copied())
            .filter(|&j| !(blocks[j].1 || (untagged && blocks[j].4)))
            .collect()
    };
    let reach = |from: Vec<usize>, untagged: bool| {
        let mut seen = vec![false; blocks.len()];
        let mut stack = from;
        while let Some(i) = stack.pop() {
            if seen[i] || blocks[i].1 {
                continue;
            }
            seen[i] = true;
            stack.extend(succs(i, untagged));
        }
        seen
    };
    let hot = reach(vec![0], false);
    let counted: Vec<usize> = (0..blocks.len())
        .filter(|&i| hot[i] && (!fast_loops || (!blocks[i].4 && reach(succs(i, true), true)[i])))
        .collect();
    (counted.iter().map(|&i| blocks[i].2).sum(), counted.len())
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
    // Four boxes: the `return s`, and the loop variable `x`'s when the
    // list stores floats unboxed (each item the generic copy's walk reads,
    // and `x` once when a fast copy leaves: the one specialised for a
    // float list and the one that tests the strategy). The loop's
    // `s + x * 0.5` stays unboxed.
    assert_eq!(hot_boxes(body), 4, "{body}");
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
fn a_square_root_power_is_an_inline_sqrt_without_boxing() {
    let src = "def norm(xs):\n    s = 0.0\n    for x in xs:\n        d = x * 1.0\n        s = s + d * (d ** 0.5)\n    return s ** 0.5\nprint(norm([1.0, 4.0]))\n";
    let f = clif_of("pow", src);
    let body = &f["alc_fn1_norm"];
    assert_eq!(hot_calls(body, "alc_rt_binop"), 0, "{body}");
    // `d ** 0.5` in the loop's generic copy and its two fast copies, and
    // the return's: each a `sqrt`, with libm's pow (through rt) only on a
    // cold path, where `sqrt` might differ from it (`alrt_abi::float`).
    assert_eq!(hot_calls(body, "alc_rt_float_powf"), 0, "{body}");
    assert_eq!(hot_lines(body, |c, _| c.contains("= sqrt ")), 4, "{body}");
    // Only `return s ** 0.5` boxes, and `x` from a float list (as in
    // `a_float_accumulator_is_boxed_only_where_it_is_returned`).
    assert_eq!(hot_boxes(body), 4, "{body}");
    assert_eq!(hot_calls(body, BOX), 0, "{body}");
}

#[test]
fn small_tuple_displays_are_allocated_inline() {
    // binary_trees' `(make(d), make(d))`: the tuple's cell is taken from
    // its size class's run in generated code; rt only when the run is
    // exhausted (a cold path).
    let src = "def make(d):\n    if d == 0:\n        return (None, None)\n    return (make(d - 1), make(d - 1))\nprint(make(3)[0][1])\n";
    let f = clif_of("tuple_display", src);
    let body = &f["alc_fn1_make"];
    assert_eq!(hot_calls(body, "alc_rt_tuple_new"), 0, "{body}");
    // The rare path's array is in a thunk's frame, not in this one, where
    // a slot written only on that path would hold stale words that the
    // conservative stack scan takes for roots.
    assert!(!body.contains("explicit_slot"), "{body}");
    // One tuple is built: `(None, None)` is a constant (the next test).
    let kind = format!("= {}", alrt_abi::layout::KIND_TUPLE);
    assert_eq!(
        hot_lines(body, |c, n| c.contains("store") && n.contains(&kind)),
        1,
        "{body}"
    );
}

#[test]
fn constant_tuple_displays_are_loaded_not_built() {
    // CPython's compiler folds a tuple display of constants into one
    // constant: binary_trees' leaves `(None, None)` are one tuple, made at
    // start, which halves the tree's cells.
    let src = "def leaf(x):\n    if x:\n        return (None, None)\n    return (1, -2.5, ('a', b'b', ...), True)\nprint(leaf(0), leaf(1))\n";
    let f = clif_of("tuple_constant", src);
    let body = &f["alc_fn1_leaf"];
    let kind = format!("= {}", alrt_abi::layout::KIND_TUPLE);
    assert_eq!(
        hot_lines(body, |c, n| c.contains("store") && n.contains(&kind)),
        0,
        "{body}"
    );
    assert_eq!(hot_calls(body, "alc_rt_tuple_new"), 0, "{body}");
    assert!(!body.contains("alc_tuple_slow"), "{body}");
}

#[test]
fn floats_stored_into_lists_are_allocated_inline() {
    // nbody's `b[3] = b[3] - dt * m`: each stored float needs a box.
    let src = "def advance(bodies, dt):\n    for b in bodies:\n        b[3] = b[3] - dt * b[0]\n        b[4] = b[4] * 0.5\nadvance([[1.0, 2.0, 3.0, 4.0, 5.0]], 0.01)\n";
    let f = clif_of("float_store", src);
    let body = &f["alc_fn1_advance"];
    // For generic lists, two boxes in the loop's generic copy and two in
    // its tested fast copy (the one specialised for float lists stores
    // raw words), and one for `b` read from a float list by the generic
    // walk, each inline: rt's call is only behind the test of the float
    // run, on a cold path.
    assert_eq!(hot_boxes(body), 5, "{body}");
    assert_eq!(hot_calls(body, BOX), 0, "{body}");
}

#[test]
fn floats_stored_into_float_lists_are_not_boxed() {
    // nbody's inner loop on lists of floats only (list strategies): on
    // the float-list side of every strategy test, neither the fast copy
    // nor the generic one boxes a float or calls rt outside cold paths;
    // a generic list's side still boxes each stored float, inline.
    let src = "def advance(b, c, dt, n):\n    j = 0\n    while j < n:\n        dx = b[0] - c[0]\n        dy = b[1] - c[1]\n        d2 = dx * dx + dy * dy\n        mag = dt / (d2 * (d2 ** 0.5))\n        bm = b[6] * mag\n        cm = c[6] * mag\n        b[3] = b[3] - dx * cm\n        b[4] = b[4] - dy * cm\n        c[3] = c[3] + dx * bm\n        c[4] = c[4] + dy * bm\n        j = j + 1\nb = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]\nc = [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0]\nadvance(b, c, 0.01, 10)\nprint(b, c)\n";
    let f = clif_of("float_list_store", src);
    let body = &f["alc_fn1_advance"];
    // In the loop of each fast copy (the one specialised for float lists
    // and the one that tests the strategies), `d2 ** 0.5` is a `sqrt`
    // (libm's pow only on a cold path) and nothing is called.
    let (calls, n_blocks) = hot_lines_in(body, true, true, |c, _| c.contains("call "));
    assert!(n_blocks > 0, "{body}");
    assert_eq!(calls, 0, "{body}");
    let sqrt = hot_lines_in(body, true, true, |c, _| c.contains("= sqrt ")).0;
    assert_eq!(sqrt, 2, "{body}");
    assert_eq!(
        hot_lines_in(body, true, true, hot_box),
        (0, n_blocks),
        "{body}"
    );
    // On a generic list's side the tested fast copy boxes each of the 4
    // stores.
    assert_eq!(hot_lines_in(body, false, true, hot_box).0, 4, "{body}");
    // The specialised copy's loop reads and stores the items with no
    // strategy test (`spec_strat`): the lists were checked on entering it.
    let bare = loops_of(body)
        .into_iter()
        .filter(|l| {
            l.iter()
                .all(|ln| !ln.contains(&format!("+{}", alrt_abi::layout::HEADER_FLAGS)))
        })
        .filter(|l| {
            l.iter()
                .all(|ln| !ln.contains("band") || !ln.ends_with("= 1"))
        })
        .map(|l| l.iter().filter(|ln| ln.contains("= load.f64")).count())
        .max();
    assert_eq!(bare, Some(10), "{body}");
}

#[test]
fn constant_indices_are_checked_once_per_list() {
    // nbody's inner loop: `c = bodies[j]` is checked once to be as long as
    // its constant indices need (and `b` where the loop is entered), so
    // in the specialised copy's loop only `bodies[j]` tests an index.
    let src = "def advance(bodies, b, dt, i, n):\n    j = i + 1\n    while j < n:\n        c = bodies[j]\n        dx = b[0] - c[0]\n        dy = b[-6] - c[-6]\n        d2 = dx * dx + dy * dy\n        b[3] = b[3] - dx * c[6] * d2\n        c[4] = c[4] + dy * b[6] * dt\n        j = j + 1\nbs = [[0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0], [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0]]\nadvance(bs, bs[0], 0.01, 0, 2)\nprint(bs)\n";
    let f = clif_of("const_index", src);
    let body = &f["alc_fn1_advance"];
    let loops: Vec<(usize, usize)> = loops_of(body)
        .into_iter()
        .map(|l| {
            let count = |p: &str| l.iter().filter(|ln| ln.contains(p)).count();
            (count("= load.f64"), count("icmp ult"))
        })
        .collect();
    // The generic copy tests each of its 14 item accesses (reads and
    // stores); the two fast copies only `bodies[j]`, beside the poll's
    // stack test at the loop's head.
    let mut tests: Vec<usize> = loops.iter().map(|l| l.1).collect();
    tests.sort();
    assert_eq!(tests.len(), 3, "{loops:?}");
    assert_eq!(tests[..2], [2, 2], "{loops:?}");
    assert!(tests[2] > 20, "{loops:?}");
}

#[test]
fn a_loop_over_lists_of_ints_tests_no_strategy_at_its_items() {
    // fannkuch's loops: int items stored and copied within and between
    // lists. The specialised copy checks on entry that the lists are
    // generic and then reads and writes their words with no test.
    let src = "def shift(p, q, r):
    i = 0
    while i < r:
        p[i] = p[i + 1]
        q[i] = p[i]
        q[r] = i
        i = i + 1
xs = list(range(6))
ys = [0] * 6
shift(xs, ys, 4)
print(xs, ys)
";
    let f = clif_of("int_lists", src);
    let body = &f["alc_fn1_shift"];
    let flags = format!("+{}", alrt_abi::layout::HEADER_FLAGS);
    let loops = loops_of(body);
    // The tested copy tests the strategies of `q` (stored into) and of
    // both lists (copied between); the specialised one none.
    assert!(
        loops.iter().any(|l| l.iter().any(|ln| ln.contains(&flags))),
        "{body}"
    );
    let bare: Vec<_> = loops
        .iter()
        .filter(|l| l.iter().all(|ln| !ln.contains(&flags)))
        .filter(|l| {
            l.iter()
                .all(|ln| !ln.contains("band") || !ln.ends_with("= 1"))
        })
        .filter(|l| l.iter().filter(|ln| ln.contains("store notrap")).count() >= 3)
        .collect();
    assert_eq!(bare.len(), 1, "{body}");
}

/// The loops of `func`'s hot code: each set of hot blocks (not marked
/// cold, reachable from the entry through hot blocks) that reach each
/// other, as the lines of their instructions.
fn loops_of(func: &str) -> Vec<Vec<String>> {
    let mut blocks: Vec<(String, bool, Vec<String>, Vec<String>)> = Vec::new();
    for line in func.lines() {
        let t = line.trim();
        if t.starts_with("block") && t.ends_with(':') {
            let name = t.split(['(', ' ', ':']).next().unwrap_or("").to_string();
            blocks.push((name, t.contains(" cold"), Vec::new(), Vec::new()));
            continue;
        }
        let Some(b) = blocks.last_mut() else { continue };
        let code = t.split_once(';').map_or(t, |p| p.0).trim_end();
        if code.contains("jump ") || code.contains("brif") {
            for w in code.split(|c: char| !c.is_ascii_alphanumeric()) {
                if w.starts_with("block") {
                    b.2.push(w.to_string());
                }
            }
        }
        b.3.push(t.to_string());
    }
    let index: HashMap<&str, usize> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| (b.0.as_str(), i))
        .collect();
    let reach = |from: usize| {
        let mut seen = vec![false; blocks.len()];
        let mut stack: Vec<usize> = blocks[from]
            .2
            .iter()
            .filter_map(|s| index.get(s.as_str()).copied())
            .collect();
        while let Some(i) = stack.pop() {
            if seen[i] || blocks[i].1 {
                continue;
            }
            seen[i] = true;
            stack.extend(
                blocks[i]
                    .2
                    .iter()
                    .filter_map(|s| index.get(s.as_str()).copied()),
            );
        }
        seen
    };
    let hot = {
        let mut h = reach(0);
        h[0] = true;
        h
    };
    let from: Vec<Vec<bool>> = (0..blocks.len()).map(reach).collect();
    let mut done = vec![false; blocks.len()];
    let mut loops = Vec::new();
    for i in 0..blocks.len() {
        if done[i] || !hot[i] || blocks[i].1 || !from[i][i] {
            continue;
        }
        let members: Vec<usize> = (0..blocks.len())
            .filter(|&j| from[i][j] && from[j][i] && !blocks[j].1)
            .collect();
        for &j in &members {
            done[j] = true;
        }
        loops.push(members.iter().flat_map(|&j| blocks[j].3.clone()).collect());
    }
    loops
}

#[test]
fn generic_code_reads_and_stores_float_list_items_unboxed() {
    // A loop the fast copy does not take (it calls `print`): an item that
    // is an operand of float arithmetic is read unboxed, and a float
    // computed into a float list's item (`=` or `op=`) is stored raw (its
    // box is made only on the paths where the arithmetic did not give a
    // float or the list is generic).
    let src = "def advance(b, c, dt, n):\n    for j in range(n):\n        if dt < 0.0:\n            print(j)\n        dx = b[0] - c[0]\n        b[3] -= dx * c[6] * dt\n        c[3] = c[3] + dx * b[6] * dt\nb = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]\nc = [1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0]\nadvance(b, c, 0.01, 10)\nprint(b, c)\n";
    let f = clif_of("generic_float_list", src);
    let body = &f["alc_fn1_advance"];
    assert_eq!(hot_calls(body, "alc_rt_getitem"), 0, "{body}");
    // Raw f64 loads and stores at an item's address (no offset into an
    // object): the six item reads and the two stores (each also on the
    // path of a stored value that is a boxed float).
    let raw = |op: &'static str| {
        move |code: &str, _: &str| {
            code.contains(op)
                && !code
                    .trim_end()
                    .rsplit(", ")
                    .next()
                    .unwrap_or("")
                    .contains('+')
        }
    };
    assert_eq!(hot_lines_on(body, true, raw(" = load.f64 ")), 6, "{body}");
    assert!(hot_lines_on(body, true, raw("store.f64 ")) >= 2, "{body}");
}

/// A store of KIND_FLOAT at a header's kind offset: an inline float box.
fn hot_box(code: &str, note: &str) -> bool {
    code.contains("store ")
        && code
            .trim_end()
            .ends_with(&format!("+{}", alrt_abi::layout::HEADER_KIND))
        && note
            .trim()
            .ends_with(&format!("= {}", alrt_abi::layout::KIND_FLOAT))
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

/// Calling a function value with a keyword argument (`f(x, k=1)` where
/// `f` is a parameter) tests the callee's kind inline and calls a
/// `def`/`lambda` function's generic entry directly; only other callables
/// go through `alc_rt_call`.
#[test]
fn calls_of_function_values_enter_the_callee_directly() {
    let funcs = clif_of(
        "call_value",
        "def apply(f, x):\n    return f(x, k=1)\n\nprint(apply(lambda v, k: v + k, 2))\n",
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
    // The flip's right side is lent to its assignment: no list is made.
    assert_eq!(hot_calls(body, "alc_rt_getslice_lent"), 1, "{body}");
    assert_eq!(hot_calls(body, "alc_rt_setslice_lent"), 1, "{body}");
    assert_eq!(hot_calls(body, "alc_rt_getslice"), 1, "{body}");
    assert_eq!(hot_calls(body, "alc_rt_setslice"), 0, "{body}");
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

const FIB: &str =
    "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(20))\n";

/// A recursive call of a module-level function whose binding can never
/// change calls its body with no guard: no load of the name's slot (so no
/// NameError path) and no generic fallback (`alc_call_slow<n>`); a program
/// that may rebind names dynamically (`globals()`) keeps both.
#[test]
fn recursive_calls_of_bindings_that_never_change_have_no_guard() {
    let f = clif_of("frozen_fib", FIB);
    let body = &f["alc_fn1_fib"];
    assert!(!body.contains("alc_call_slow"), "{body}");
    assert!(!body.contains("alc_rt_name_error"), "{body}");
    // The two recursive calls pass no function value (a constant 0).
    let own: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("fn") && l.ends_with("; alc_fn1_fib"))
        .filter_map(|l| l.split(' ').next())
        .collect();
    let zero_first = body
        .lines()
        .filter_map(|l| l.split_once(" = call ").map(|(_, c)| (l, c)))
        .filter(|(l, c)| {
            let (callee, args) = c.split_once('(').unwrap_or(("", ""));
            let first = args.split([',', ')']).next().unwrap_or("");
            own.contains(&callee) && l.contains(&format!("; {first} = 0"))
        })
        .count();
    assert_eq!(zero_first, 2, "{body}");
    let dynamic = format!("{FIB}globals()['x'] = 1\n");
    let f = clif_of("guarded_fib", &dynamic);
    let body = &f["alc_fn1_fib"];
    assert!(body.contains("alc_call_slow1"), "{body}");
    assert!(body.contains("alc_rt_name_error"), "{body}");
}

/// A call of a frozen function whose body starts with `if n < 2: return n`
/// tests that case at the call site when `n` is a small int: fib's two
/// recursive calls each compare their argument with 2 (the word 5) and
/// branch past the call, besides the body's own `if`; a function whose
/// body starts otherwise gets no such test.
#[test]
fn base_cases_are_answered_at_the_call_site() {
    let small_compares = |body: &str| {
        hot_lines(body, |code, note| {
            code.contains(" = icmp") && code.contains(" slt ") && note.trim().ends_with("= 5")
        })
    };
    let f = clif_of("base_case_fib", FIB);
    assert_eq!(small_compares(&f["alc_fn1_fib"]), 3, "{}", f["alc_fn1_fib"]);
    let later = "def fib(n):\n    m = n\n    if m < 2:\n        return m\n    return fib(m - 1) + fib(m - 2)\nprint(fib(20))\n";
    let f = clif_of("no_base_case_fib", later);
    assert_eq!(small_compares(&f["alc_fn1_fib"]), 1, "{}", f["alc_fn1_fib"]);
}

/// In `if n < 2`, the small-int compare branches to the statement's
/// targets itself (no flag merged from the float and rt paths and tested
/// again), and the float paths of `<`, `-` and `+` on values with no sign
/// of floats are cold: the hot path of fib has no float instruction.
#[test]
fn small_int_paths_branch_directly_and_float_paths_are_cold() {
    let f = clif_of("fib_layout", FIB);
    let body = &f["alc_fn1_fib"];
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let fused = lines
        .windows(2)
        .any(|w| w[0].contains(" = icmp slt ") && w[1].contains("brif "));
    assert!(fused, "{body}");
    let floats = hot_lines(body, |code, _| {
        [" fcmp", " fsub", " fadd", " fcvt_from_sint"]
            .iter()
            .any(|op| code.contains(op))
    });
    assert_eq!(floats, 0, "{body}");
    // A float operand keeps its float path on the hot path.
    let f = clif_of(
        "float_hot",
        "def f(x):\n    y = x * 2.5\n    if y - 1 < 3.0:\n        return 1\n    return 2\nprint(f(1.0))\n",
    );
    let body = &f["alc_fn1_f"];
    let floats = hot_lines(body, |code, _| {
        code.contains(" fsub") || code.contains(" fcmp")
    });
    assert!(floats >= 2, "{body}");
}

/// A call of a function value or a cached method with positional
/// arguments only enters the callee's body from its descriptor
/// (`FUNC_DESC_BODY`), the arguments in registers, when the callee takes
/// exactly those; its generic entry stays the other path.
#[test]
fn positional_calls_of_function_values_enter_the_body() {
    let funcs = clif_of(
        "call_body",
        "def apply(f, x, y):\n    return f(x, y)\n\nclass C:\n    def m(self, a):\n        return a\n\ndef use(c):\n    return c.m(3)\n\nprint(apply(lambda a, b: a + b, 2, 3), use(C()))\n",
    );
    let desc = format!("+{}", alrt_abi::layout::FUNC_DESC_PTR);
    let body = format!("+{}", alrt_abi::layout::FUNC_DESC_BODY);
    // The function value first, then the arguments (the receiver first).
    for (name, args) in [("apply", 3), ("use", 3)] {
        let (_, f) = funcs
            .iter()
            .find(|(n, _)| n.starts_with("alc_fn") && n.ends_with(name))
            .expect("function lowered");
        let lines: Vec<&str> = f.lines().map(str::trim).collect();
        let direct = has_sequence(
            &lines,
            &[
                &|l: &str| l.contains("load.i64") && l.ends_with(&desc),
                &|l: &str| l.contains("load.i64") && l.ends_with(&body),
            ],
            3,
        );
        assert!(direct, "{f}");
        let indirect = lines.iter().any(|l| {
            l.contains("call_indirect")
                && l.split('(')
                    .nth(1)
                    .is_some_and(|a| a.split(')').next().unwrap_or("").split(',').count() == args)
        });
        assert!(indirect, "no call_indirect with {args} arguments: {f}");
    }
}
