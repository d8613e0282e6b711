//! Replays CPython 3.11's results for every `math` function
//! (`../testdata/math_cases.txt`, written by `../testdata/gen_math_cases.py`).

use crate::object;
use crate::objects::{float, int, list, str as strobj, tuple};
use crate::protocol::args::Args;
use crate::testing::{lock, show};
use crate::value::Value;

/// Parses one argument as the generator writes it (a Python repr).
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn value(&mut self) -> Value {
        match self.s[self.i] {
            b'[' | b'(' => {
                let close = if self.s[self.i] == b'[' { b']' } else { b')' };
                let is_list = close == b']';
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws();
                    if self.s[self.i] == close {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value());
                    self.skip_ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                if is_list {
                    list::from_vec(items)
                } else {
                    tuple::from_vec(items)
                }
            }
            b'\'' => {
                let start = self.i + 1;
                let end = start + self.s[start..].iter().position(|&c| c == b'\'').unwrap();
                self.i = end + 1;
                strobj::new(std::str::from_utf8(&self.s[start..end]).unwrap())
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len() && !matches!(self.s[self.i], b',' | b']' | b')') {
                    self.i += 1;
                }
                atom(std::str::from_utf8(&self.s[start..self.i]).unwrap().trim())
            }
        }
    }

    fn skip_ws(&mut self) {
        while self.s[self.i] == b' ' {
            self.i += 1;
        }
    }
}

fn atom(t: &str) -> Value {
    match t {
        "True" => object::boolean(true),
        "False" => object::boolean(false),
        "None" => object::none(),
        _ => {
            let (neg, digits) = match t.strip_prefix('-') {
                Some(d) => (true, d),
                None => (false, t),
            };
            if let Some(hex) = digits.strip_prefix("0x") {
                let v = int::to_ibig(int::parse(hex, 16).unwrap());
                return int::from_ibig(if neg { -v } else { v });
            }
            if t.contains(['.', 'e', 'n']) {
                return float::new(float::parse(t).unwrap());
            }
            int::parse(t, 10).unwrap()
        }
    }
}

/// A Python repr from a data file as a value.
pub(crate) fn parse(s: &str) -> Value {
    Parser {
        s: s.as_bytes(),
        i: 0,
    }
    .value()
}

/// A result as the data file writes it: ints beyond 1000 digits in hex.
fn render(v: crate::exc::error::R<Value>, want: &str) -> String {
    match v {
        Ok(v) if want.starts_with("0x") || want.starts_with("-0x") => {
            let h = int::to_radix_string(v, 16);
            match h.strip_prefix('-') {
                Some(d) => format!("-0x{d}"),
                None => format!("0x{h}"),
            }
        }
        r => show(r),
    }
}

/// Replays every line of a data file (`func args => result`) through
/// `call`; returns the number of cases and the lines that differ.
pub(crate) fn replay(
    data: &str,
    mut call: impl FnMut(&str, Args) -> crate::exc::error::R<Value>,
) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|f| *f == "=>").expect(line);
        let want = fields[arrow + 1..].join("\t");
        let mut pos = Vec::new();
        let (mut kwnames, mut kwvals) = (Vec::new(), Vec::new());
        for a in &fields[1..arrow] {
            match a.split_once('=') {
                Some((k, v)) if k.bytes().all(|c| c.is_ascii_lowercase() || c == b'_') => {
                    kwnames.push(strobj::new(k));
                    kwvals.push(parse(v));
                }
                _ => pos.push(parse(a)),
            }
        }
        let args = Args {
            pos: &pos,
            kwnames: &kwnames,
            kwvals: &kwvals,
        };
        let got = render(call(fields[0], args), &want);
        if got != want {
            failures.push(format!("{line}\n    got {got}"));
        }
        n += 1;
    }
    (n, failures)
}

#[test]
fn matches_cpython_cases() {
    let _g = lock();
    let mut seen = std::collections::HashSet::new();
    let (n, failures) = replay(include_str!("../testdata/math_cases.txt"), |name, args| {
        let f = super::FUNCS
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no math.{name}"));
        seen.insert(f.name);
        (f.f)(args)
    });
    assert!(n > 15_000, "{n} cases");
    assert_eq!(seen.len(), super::FUNCS.len(), "every function has cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ:\n{}",
        failures.len(),
        failures[..failures.len().min(60)].join("\n")
    );
}

#[test]
fn constants() {
    let _g = lock();
    let mut b = crate::stdlib::ModuleBuilder::default();
    super::init(&mut b).unwrap();
    let get = |name: &str| {
        let i = b.names.iter().position(|n| *n == name).unwrap();
        crate::testing::r(b.values[i])
    };
    // From python3: repr(math.pi), ...
    assert_eq!(get("pi"), "3.141592653589793");
    assert_eq!(get("e"), "2.718281828459045");
    assert_eq!(get("tau"), "6.283185307179586");
    assert_eq!(get("inf"), "inf");
    assert_eq!(get("nan"), "nan");
}

/// A class made here with special methods that are built-in methods (the
/// same protocol paths an Al class with `def __float__` takes).
fn class_with(name: &str, methods: &[(&str, &'static crate::objects::func::BuiltinObj)]) -> Value {
    let ns = crate::objects::dict::new();
    for (k, f) in methods {
        crate::objects::dict::setitem(ns, strobj::new(k), Value::from_ref(*f)).unwrap();
    }
    let bases = tuple::from_slice(&[]);
    let c = crate::class::new::new_class(strobj::new(name), Value::NULL, bases, ns).unwrap();
    crate::protocol::dispatch::call(c, Args::positional(&[])).unwrap()
}

static FLOAT_225: crate::objects::func::BuiltinObj =
    crate::objects::func::BuiltinObj::method("__float__", |_| Ok(float::new(2.25)));
static INDEX_81: crate::objects::func::BuiltinObj =
    crate::objects::func::BuiltinObj::method("__index__", |_| Ok(Value::from_small(81)));
static FLOOR: crate::objects::func::BuiltinObj =
    crate::objects::func::BuiltinObj::method("__floor__", |_| Ok(strobj::new("floor!")));
static CEIL: crate::objects::func::BuiltinObj =
    crate::objects::func::BuiltinObj::method("__ceil__", |_| Ok(strobj::new("ceil!")));
static TRUNC: crate::objects::func::BuiltinObj =
    crate::objects::func::BuiltinObj::method("__trunc__", |_| Ok(strobj::new("trunc!")));
static BAD_FLOAT: crate::objects::func::BuiltinObj =
    crate::objects::func::BuiltinObj::method("__float__", |_| Ok(strobj::new("no")));

#[test]
fn user_objects_follow_the_protocols() {
    let _g = lock();
    let f = class_with("F", &[("__float__", &FLOAT_225)]);
    let i = class_with("I", &[("__index__", &INDEX_81)]);
    let r = class_with(
        "R",
        &[
            ("__floor__", &FLOOR),
            ("__ceil__", &CEIL),
            ("__trunc__", &TRUNC),
        ],
    );
    let bad = class_with("Bad", &[("__float__", &BAD_FLOAT)]);
    let call = |func: &crate::objects::func::BuiltinObj, args: &[Value]| {
        show((func.f)(Args::positional(args)))
    };
    // Expected values from python3 with the same classes written in Python.
    assert_eq!(call(&super::SQRT, &[f]), "1.5");
    assert_eq!(call(&super::SQRT, &[i]), "9.0");
    assert_eq!(call(&super::real::HYPOT, &[f, i]), "81.03124397416097");
    assert_eq!(call(&super::real::LOG, &[i, Value::from_small(3)]), "4.0");
    assert_eq!(call(&super::integer::FACTORIAL, &[i]).len(), 121);
    assert_eq!(call(&super::integer::ISQRT, &[i]), "9");
    assert_eq!(call(&super::integer::GCD, &[i, Value::from_small(18)]), "9");
    assert_eq!(call(&super::integer::FLOOR, &[r]), "'floor!'");
    assert_eq!(call(&super::integer::CEIL, &[r]), "'ceil!'");
    assert_eq!(call(&super::integer::TRUNC, &[r]), "'trunc!'");
    assert_eq!(call(&super::integer::FLOOR, &[f]), "2");
    assert_eq!(call(&super::integer::CEIL, &[f]), "3");
    assert_eq!(
        call(&super::integer::TRUNC, &[f]),
        "!TypeError: type F doesn't define __trunc__ method"
    );
    assert_eq!(
        call(&super::integer::FACTORIAL, &[f]),
        "!TypeError: 'F' object cannot be interpreted as an integer"
    );
    assert_eq!(
        call(&super::SQRT, &[bad]),
        "!TypeError: Bad.__float__ returned non-float (type str)"
    );
    let obj = crate::class::instance::new_object();
    assert_eq!(
        call(&super::integer::FLOOR, &[obj]),
        "!TypeError: must be real number, not object"
    );
    let fs = list::from_vec(vec![f, Value::from_small(1), float::new(0.25)]);
    assert_eq!(call(&super::real::FSUM, &[fs]), "3.5");
}

#[test]
fn int_and_float_subclasses() {
    let _g = lock();
    let sub = |name: &str, base: &'static crate::object::TypeObj, v: Value| {
        let bases = tuple::from_slice(&[base.value()]);
        let ns = crate::objects::dict::new();
        let c = crate::class::new::new_class(strobj::new(name), Value::NULL, bases, ns).unwrap();
        crate::protocol::dispatch::call(c, Args::positional(&[v])).unwrap()
    };
    let my_int = sub("MyInt", &crate::object::INT_TYPE, Value::from_small(7));
    let my_float = sub("MyFloat", &crate::object::FLOAT_TYPE, float::new(-3.9));
    let call = |func: &crate::objects::func::BuiltinObj, args: &[Value]| {
        show((func.f)(Args::positional(args)))
    };
    // From python3 with `class MyInt(int): pass` and `class MyFloat(float): pass`.
    let floor = (super::integer::FLOOR.f)(Args::positional(&[my_int])).unwrap();
    assert_eq!(crate::object::type_name(floor), "int");
    assert_eq!(crate::testing::r(floor), "7");
    assert_eq!(call(&super::integer::TRUNC, &[my_float]), "-3");
    assert_eq!(call(&super::integer::CEIL, &[my_float]), "-3");
    assert_eq!(call(&super::SQRT, &[my_int]), "2.6457513110645907");
    assert_eq!(call(&super::FABS, &[my_float]), "3.9");
    assert_eq!(call(&super::integer::FACTORIAL, &[my_int]), "5040");
    assert_eq!(call(&super::real::LOG2, &[my_int]), "2.807354922057604");
    assert_eq!(
        call(&super::integer::ISQRT, &[my_float]),
        "!TypeError: 'MyFloat' object cannot be interpreted as an integer"
    );
    assert_eq!(
        call(&super::real::LDEXP, &[float::new(1.0), my_int]),
        "128.0"
    );
}
