//! Tab completion at the prompt, as CPython's `rlcompleter` completes: a
//! name from the keywords, the `__main__` namespace and the builtins; a
//! dotted name's last part from `dir()` of the object the part before it
//! names (looked up and its attributes read, never called). Callables get
//! a `(`, keywords a space. Tab on a blank line indents.

use alrt::protocol::dispatch;
use alrt::value::Value;
use rustyline::completion::Pair;

/// rustyline's helper: completion only.
pub struct Completer {
    /// The namespace names are completed in (`__main__`'s, which its
    /// module keeps alive).
    ns: Value,
}

impl Completer {
    pub fn new(ns: Value) -> Completer {
        Completer { ns }
    }

    /// The candidates for `word` (a name or a dotted name), as
    /// (text to insert from the word's last part on, text to list).
    fn candidates(&self, word: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        match word.rsplit_once('.') {
            Some((path, prefix)) => {
                let Some(obj) = self.object(path) else {
                    return out;
                };
                // Private names only once their underscore is typed.
                let hidden = match prefix {
                    "" => "_",
                    "_" => "__",
                    _ => "",
                };
                for name in attributes(obj) {
                    if name.starts_with(prefix) && (hidden.is_empty() || !name.starts_with(hidden))
                    {
                        let callable = dispatch::getattr(obj, alrt::objects::str::new(&name))
                            .map(is_callable)
                            .unwrap_or_else(|_| {
                                alrt::exc::error::take_pending();
                                false
                            });
                        out.push(with_suffix(name, callable));
                    }
                }
            }
            None => {
                for k in alc::lexer::KEYWORDS.iter().filter(|k| k.starts_with(word)) {
                    let suffix = match *k {
                        "finally" | "try" => ":",
                        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => "",
                        _ => " ",
                    };
                    out.push((format!("{k}{suffix}"), k.to_string()));
                }
                let mut names: Vec<String> = alrt::objects::dict::keys_vec(self.ns)
                    .into_iter()
                    .filter_map(|k| alrt::objects::str::try_str(k).map(str::to_string))
                    .collect();
                names.extend(alrt_abi::builtins::NAMES.iter().map(|n| n.to_string()));
                names.sort();
                names.dedup();
                for name in names.into_iter().filter(|n| n.starts_with(word)) {
                    let callable = self.object(&name).is_some_and(is_callable);
                    out.push(with_suffix(name, callable));
                }
            }
        }
        out
    }

    /// The object dotted name `path` names in the namespace or the
    /// builtins, if every part exists.
    fn object(&self, path: &str) -> Option<Value> {
        let mut parts = path.split('.');
        let first = alrt::objects::str::new(parts.next()?);
        let mut obj = match alrt::objects::dict::get(self.ns, first) {
            Ok(Some(v)) => v,
            Ok(None) => alrt::builtins::lookup(alrt::objects::str::as_str(first))?,
            Err(_) => {
                alrt::exc::error::take_pending();
                return None;
            }
        };
        for part in parts {
            match dispatch::getattr(obj, alrt::objects::str::new(part)) {
                Ok(v) => obj = v,
                Err(_) => {
                    alrt::exc::error::take_pending();
                    return None;
                }
            }
        }
        Some(obj)
    }
}

/// `dir(obj)`'s names (none when it raises).
fn attributes(obj: Value) -> Vec<String> {
    let Some(dir) = alrt::builtins::lookup("dir") else {
        return Vec::new();
    };
    let names = dispatch::call(dir, alrt::protocol::args::Args::positional(&[obj]))
        .and_then(dispatch::collect);
    match names {
        Ok(names) => names
            .iter()
            .filter_map(|n| alrt::objects::str::try_str(*n).map(str::to_string))
            .collect(),
        Err(_) => {
            alrt::exc::error::take_pending();
            Vec::new()
        }
    }
}

fn is_callable(v: Value) -> bool {
    let Some(callable) = alrt::builtins::lookup("callable") else {
        return false;
    };
    match dispatch::call(callable, alrt::protocol::args::Args::positional(&[v])) {
        Ok(r) => r == alrt::object::boolean(true),
        Err(_) => {
            alrt::exc::error::take_pending();
            false
        }
    }
}

/// A candidate: `name(` for a callable, to insert, and `name` to list.
fn with_suffix(name: String, callable: bool) -> (String, String) {
    let insert = if callable {
        format!("{name}(")
    } else {
        name.clone()
    };
    (insert, name)
}

impl rustyline::completion::Completer for Completer {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        if word.is_empty() {
            // On a blank line Tab indents, as CPython's prompt does.
            let tab = before.trim().is_empty().then(|| Pair {
                display: String::new(),
                replacement: "\t".into(),
            });
            return Ok((pos, tab.into_iter().collect()));
        }
        let from = start + word.rfind('.').map_or(0, |i| i + 1);
        let pairs = self
            .candidates(word)
            .into_iter()
            .map(|(replacement, display)| Pair {
                display,
                replacement,
            })
            .collect();
        Ok((from, pairs))
    }
}

impl rustyline::hint::Hinter for Completer {
    type Hint = String;
}

impl rustyline::highlight::Highlighter for Completer {}

impl rustyline::validate::Validator for Completer {}

impl rustyline::Helper for Completer {}
