//! Argument lists as they arrive at built-in functions and methods:
//! positional values, then keyword values named by a tuple of strings
//! (the vectorcall layout; no argument tuple is ever built).

use crate::exc::error::{type_error, R};
use crate::value::Value;

/// The arguments of one call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments.
    pub pos: &'a [Value],
    /// Keyword names (str values), parallel to `kwvals`.
    pub kwnames: &'a [Value],
    /// Keyword argument values.
    pub kwvals: &'a [Value],
}

impl<'a> Args<'a> {
    /// Splits `all` (positional values followed by one value per keyword
    /// name) according to `kwnames`, a tuple of str or null.
    pub fn new(all: &'a [Value], kwnames: Value) -> Args<'a> {
        let names: &'a [Value] = if kwnames.is_null() {
            &[]
        } else {
            crate::objects::tuple::items(kwnames)
        };
        let npos = all.len() - names.len();
        Args {
            pos: &all[..npos],
            kwnames: names,
            kwvals: &all[npos..],
        }
    }

    /// Positional-only arguments (no keywords).
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvals: &[],
        }
    }

    /// Fails with CPython's message if any keyword argument was passed.
    pub fn no_kwargs(&self, fname: &str) -> R<()> {
        if self.kwnames.is_empty() {
            Ok(())
        } else {
            Err(type_error(format!("{fname}() takes no keyword arguments")))
        }
    }

    /// Requires between `min` and `max` positional arguments and no keywords.
    pub fn positional_range(&self, fname: &str, min: usize, max: usize) -> R<&'a [Value]> {
        self.no_kwargs(fname)?;
        let n = self.pos.len();
        if n < min || n > max {
            let msg = if min == max {
                match min {
                    0 => format!("{fname}() takes no arguments ({n} given)"),
                    1 => format!("{fname}() takes exactly one argument ({n} given)"),
                    _ => format!("{fname} expected {min} arguments, got {n}"),
                }
            } else if n < min {
                format!(
                    "{fname} expected at least {min} argument{}, got {n}",
                    plural(min)
                )
            } else {
                format!(
                    "{fname} expected at most {max} argument{}, got {n}",
                    plural(max)
                )
            };
            return Err(type_error(msg));
        }
        Ok(self.pos)
    }

    /// Binds arguments to the parameter `names` (positional or keyword);
    /// the first `required` must be present. Returns one slot per name.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> R<[Option<Value>; N]> {
        let mut out = [None; N];
        if self.pos.len() > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                plural(N),
                self.pos.len() + self.kwnames.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(self.pos) {
            *slot = Some(*v);
        }
        for (k, v) in self.kwnames.iter().zip(self.kwvals) {
            let k = crate::objects::str::as_str(*k);
            match names.iter().position(|n| *n == k) {
                Some(i) if out[i].is_some() => {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) => out[i] = Some(*v),
                None => {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{k}'"
                    )))
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
