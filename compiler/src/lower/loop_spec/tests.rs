//! Unit tests of the loop plan (types, live-in names).

use super::{plan, Ty};

/// The plan of the first `while` in function `f` of `src`, with
/// `floats` the locals that have f64 shadows.
fn plan_of(src: &str, floats: &[&str]) -> Option<super::Plan> {
    let file = crate::span::SourceFile::new("t.al", src);
    let m = crate::parser::parse(&file).expect("parses");
    let crate::ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("a def");
    };
    let (test, body) = f
        .body
        .iter()
        .find_map(|s| match &s.kind {
            crate::ast::StmtKind::While { test, body, .. } => Some((test, body)),
            _ => None,
        })
        .expect("a while loop");
    plan(super::Head::While(test), body, &|_| true, &|n| {
        floats.contains(&n)
    })
}

#[test]
fn the_mandelbrot_loop_is_typed() {
    let src = "def f(cr, ci, n):\n    zr = 0.0\n    zi = 0.0\n    it = 0\n    while it < n:\n        zr2 = zr * zr\n        zi2 = zi * zi\n        if zr2 + zi2 > 4.0:\n            break\n        zi = 2.0 * zr * zi + ci\n        zr = zr2 - zi2 + cr\n        it = it + 1\n    return it\n";
    let p = plan_of(src, &["zr", "zi", "zr2", "zi2"]).expect("planned");
    let floats: Vec<&str> = p
        .tys
        .iter()
        .filter(|(_, t)| **t == Ty::Float)
        .map(|(n, _)| n.as_str())
        .collect();
    // `cr` and `ci` only meet floats: lenient floats.
    assert_eq!(floats, ["ci", "cr", "zi", "zi2", "zr", "zr2"]);
    assert_eq!(p.lenient.iter().collect::<Vec<_>>(), ["ci", "cr"]);
    assert_eq!(p.tys["it"], Ty::Int);
    assert_eq!(p.tys["n"], Ty::Int);
}

#[test]
fn live_in_names_are_those_read_before_assigned() {
    let src = "def f(n):\n    while i < n:\n        a = b + 1\n        if a > 2:\n            c = a\n        else:\n            d = 1\n            break\n        e = c + d\n        i = i + a\n";
    let file = crate::span::SourceFile::new("t.al", src);
    let m = crate::parser::parse(&file).expect("parses");
    let crate::ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("a def");
    };
    let crate::ast::StmtKind::While { test, body, .. } = &f.body[0].kind else {
        panic!("a while");
    };
    let live: Vec<&str> = super::live_in(super::Head::While(test), body)
        .into_iter()
        .collect();
    // `c` is assigned on the only path that reaches `e = c + d`; `d` is not.
    assert_eq!(live, ["b", "d", "i", "n"]);
}

#[test]
fn loops_that_call_are_not_planned() {
    let src = "def f(xs, n):\n    i = 0\n    while i < n:\n        i = i + round(xs)\n";
    assert!(plan_of(src, &[]).is_none());
    let src = "def f(xs, n):\n    i = 0\n    while i < n:\n        i = i + xs.count(0)\n";
    assert!(plan_of(src, &[]).is_none());
}

#[test]
fn a_local_assigned_both_an_int_and_a_float_is_not_planned() {
    let src = "def f(n):\n    i = 0\n    x = 0\n    while i < n:\n        x = 1\n        x = x / 2\n        i = i + 1\n";
    assert!(plan_of(src, &[]).is_none());
}

#[test]
fn an_int_local_compared_with_a_float_is_not_planned() {
    let src = "def f(n):\n    i = 0\n    while i < 2.5:\n        i = i + 1\n";
    assert!(plan_of(src, &[]).is_none());
}

#[test]
fn a_name_met_only_in_stored_values_is_a_lenient_float() {
    // nbody's `b[0] = b[0] + dt * b[3]`: `dt` is only ever multiplied
    // with an item, so it is a float even though it is not assigned.
    let src = "def f(b, dt, n):\n    i = 0\n    while i < n:\n        b[0] = b[0] + dt * b[3]\n        b[1] += dt * b[4]\n        i = i + 1\n";
    let p = plan_of(src, &[]).expect("planned");
    assert_eq!(p.tys["dt"], Ty::Float);
    assert!(p.lenient.contains("dt"));
    assert_eq!(p.tys["b"], Ty::List);
}

#[test]
fn constant_indices_outside_ifs_set_the_lengths_checked() {
    let src = "def f(b, c, n):\n    while n > 0:\n        b[6] = b[0] + c[-2]\n        b[1] += c[j]\n        if n > 3:\n            x = c[9]\n        n = n - 1\n";
    let file = crate::span::SourceFile::new("t.al", src);
    let m = crate::parser::parse(&file).expect("parses");
    let crate::ast::StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!("a def");
    };
    let crate::ast::StmtKind::While { body, .. } = &f.body[0].kind else {
        panic!("a while");
    };
    let lens = super::plan::min_lens(body);
    // `c[9]` is inside an `if`, `c[j]` not constant.
    assert_eq!(lens.get("b"), Some(&7));
    assert_eq!(lens.get("c"), Some(&2));
}
