//! Replays CPython 3.11's `_random.Random` results (`data/random.txt`,
//! written by `gen_random.py`) against alrt's `stdlib::random`: seeded
//! sequences of `random()` and `getrandbits(k)`, states, `setstate`
//! round trips and the errors with their messages.

use alrt::exc::error::{take_pending, R};
use alrt::gc::RootedVec;
use alrt::object::{self, type_name};
use alrt::objects::{float, int, list, str as str_obj, tuple};
use alrt::protocol::args::Args;
use alrt::protocol::dispatch;
use alrt::stdlib::random;
use alrt::value::Value;

/// A reader of the Python literals the data file holds: ints, floats,
/// strs without escapes, None, True, False, tuples and lists.
struct Lit<'a> {
    s: &'a [u8],
    at: usize,
}

impl Lit<'_> {
    fn peek(&self) -> u8 {
        self.s.get(self.at).copied().unwrap_or(0)
    }

    fn skip_space(&mut self) {
        while self.peek() == b' ' {
            self.at += 1;
        }
    }

    fn take_while(&mut self, f: impl Fn(u8) -> bool) -> &str {
        let start = self.at;
        while self.at < self.s.len() && f(self.s[self.at]) {
            self.at += 1;
        }
        std::str::from_utf8(&self.s[start..self.at]).expect("utf-8")
    }

    fn value(&mut self) -> Value {
        self.skip_space();
        match self.peek() {
            b'(' | b'[' => {
                let close = if self.peek() == b'(' { b')' } else { b']' };
                let is_list = close == b']';
                self.at += 1;
                let mut items = RootedVec::new();
                loop {
                    self.skip_space();
                    if self.peek() == close {
                        self.at += 1;
                        break;
                    }
                    items.push(self.value());
                    self.skip_space();
                    if self.peek() == b',' {
                        self.at += 1;
                    }
                }
                let items = items.into_vec();
                if is_list {
                    list::from_vec(items)
                } else {
                    tuple::from_vec(items)
                }
            }
            b'\'' => {
                self.at += 1;
                let text = self.take_while(|c| c != b'\'').to_string();
                self.at += 1;
                str_obj::new(&text)
            }
            _ => {
                let word = self.take_while(|c| !matches!(c, b',' | b')' | b']' | b' '));
                match word {
                    "None" => object::none(),
                    "True" => object::boolean(true),
                    "False" => object::boolean(false),
                    _ if word.contains(['.', 'e', 'n']) => {
                        float::new(float::parse(word).expect(word))
                    }
                    _ => int::parse(word, 10).unwrap_or_else(|| panic!("bad int {word:?}")),
                }
            }
        }
    }
}

fn literal(text: &str) -> Value {
    Lit {
        s: text.as_bytes(),
        at: 0,
    }
    .value()
}

/// Runs one line's calls; the repr of the recorded results, or the error.
fn run(seed: &str, calls: Value) -> R<String> {
    let g = if seed == "new" {
        random::new_unseeded()
    } else {
        let arg = [literal(seed)];
        random::construct(Args::positional(&arg))?
    };
    let mut out = RootedVec::new();
    for &call in dispatch::collect(calls)?.iter() {
        let parts = dispatch::collect(call)?;
        let [name, args, times] = parts[..] else {
            panic!("bad call {}", dispatch::repr(call).unwrap());
        };
        let name = str_obj::as_str(name);
        let times = int::as_i64(times).expect("times");
        let args = dispatch::collect(args)?;
        for _ in 0..times.unsigned_abs() {
            let r = alrt::protocol::dispatch::call_method(
                g,
                alrt::objects::str::new(name),
                Args::positional(&args),
            )?;
            if times > 0 {
                out.push(r);
            }
        }
    }
    dispatch::repr(list::from_vec(out.into_vec()))
}

/// Replays every line of `data/random.txt`.
#[test]
fn matches_cpython() {
    let data = include_str!("data/random.txt");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in data.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let [seed, calls, "=>", expected] = fields[..] else {
            panic!("bad line {line}");
        };
        let got = match run(seed, literal(calls)) {
            Ok(s) => s,
            Err(_) => {
                let e = take_pending();
                format!("!{}: {}", type_name(e), dispatch::str_of(e).unwrap())
            }
        };
        if got != expected {
            failures.push(format!(
                "{seed} {}: got {}",
                &calls[..calls.len().min(80)],
                &got[..got.len().min(200)]
            ));
        }
        n += 1;
    }
    assert!(n > 500);
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

/// A state taken with `getstate` and restored with `setstate` into another
/// generator continues the same sequence.
#[test]
fn state_round_trip() {
    let seed = [int::from_i64(77)];
    let a = random::construct(Args::positional(&seed)).unwrap();
    let b = random::construct(Args::positional(&[])).unwrap();
    let none = Args::positional(&[]);
    for _ in 0..1000 {
        alrt::protocol::dispatch::call_method(a, alrt::objects::str::new("random"), none).unwrap();
    }
    let st = [
        alrt::protocol::dispatch::call_method(a, alrt::objects::str::new("getstate"), none)
            .unwrap(),
    ];
    alrt::protocol::dispatch::call_method(
        b,
        alrt::objects::str::new("setstate"),
        Args::positional(&st),
    )
    .unwrap();
    for k in [1, 32, 64, 100, 1000] {
        let k = [int::from_i64(k)];
        let x = alrt::protocol::dispatch::call_method(
            a,
            alrt::objects::str::new("getrandbits"),
            Args::positional(&k),
        )
        .unwrap();
        let y = alrt::protocol::dispatch::call_method(
            b,
            alrt::objects::str::new("getrandbits"),
            Args::positional(&k),
        )
        .unwrap();
        assert_eq!(dispatch::repr(x).unwrap(), dispatch::repr(y).unwrap());
    }
}
