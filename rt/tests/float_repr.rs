//! Property test of `float::repr` and `float::parse` against CPython: each
//! line of `data/float_repr.txt` (written by `gen_float_repr.py` from random
//! 64-bit patterns) holds a bit pattern and CPython 3.11's repr of it.

use alrt::objects::float;

#[test]
fn repr_matches_cpython_and_round_trips() {
    let data = include_str!("data/float_repr.txt");
    let mut n = 0;
    let mut failures = Vec::new();
    for line in data.lines() {
        let (hex, expected) = line.split_once(' ').expect("malformed data line");
        let bits = u64::from_str_radix(hex, 16).expect("bad bit pattern");
        let x = f64::from_bits(bits);
        let got = float::repr(x);
        if got != expected {
            failures.push(format!("{hex}: repr {got:?}, CPython {expected:?}"));
        }
        match float::parse(expected) {
            Some(y) if x.is_nan() && y.is_nan() => {}
            Some(y) if y.to_bits() == bits => {}
            other => failures.push(format!("{hex}: parse({expected:?}) = {other:?}")),
        }
        n += 1;
    }
    assert_eq!(n, 100_000, "data file should have 100,000 lines");
    assert!(
        failures.is_empty(),
        "{} mismatches, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}
