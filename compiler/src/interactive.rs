//! The interactive prompt's question after each line it reads: is the
//! statement complete, or does it need more lines (the `...` prompt)?
//! Answered as CPython's prompt answers it: an open bracket, a
//! triple-quoted string or a line continuation goes on; a compound
//! statement goes on until a blank line; anything else is complete, and a
//! syntax error in it is reported at once (by compiling it).

use crate::span::SourceFile;

/// What the prompt does with the lines read so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Compile and run them (or report their syntax error).
    Complete,
    /// Read another line.
    More,
}

/// The status of `source`, the lines read so far, each ending with a
/// line break.
pub fn status(source: &str) -> Input {
    let body = source.strip_suffix('\n').unwrap_or(source);
    let (earlier, last) = body.rsplit_once('\n').unwrap_or(("", body));
    let ends_block = !earlier.is_empty() && last.trim().is_empty();
    if continues(last) {
        return Input::More;
    }
    let file = SourceFile::new("<stdin>", source);
    match crate::parser::parse(&file) {
        Err(ds) => {
            let Some(d) = ds.iter().find(|d| !d.warning) else {
                return Input::Complete;
            };
            let m = d.message.as_str();
            let unclosed = m.ends_with("was never closed")
                || m.starts_with("unterminated triple-quoted string")
                || m.starts_with("unexpected EOF");
            let at_end = d.span.start as usize >= source.trim_end().len();
            let block_missing = (m.starts_with("expected an indented block")
                || m.starts_with("expected 'except' or 'finally' block"))
                && at_end;
            // Decorators wait for their `def` or `class`.
            let decorated = source.trim_start().starts_with('@') && at_end;
            if unclosed || ((block_missing || decorated) && !ends_block) {
                Input::More
            } else {
                Input::Complete
            }
        }
        Ok(ast) => match ast.body.as_slice() {
            [s] if !ends_block && crate::jit::is_compound(&s.kind) => Input::More,
            _ => Input::Complete,
        },
    }
}

/// Whether `line` ends with a line continuation: a backslash outside
/// a string and a comment. (Inside a one-line string it continues the
/// string, which needs the next line too.)
fn continues(line: &str) -> bool {
    let mut quote = None;
    let mut chars = line.trim_end().chars().peekable();
    let mut last_backslash = false;
    while let Some(c) = chars.next() {
        last_backslash = false;
        match (quote, c) {
            (_, '\\') => {
                last_backslash = chars.next().is_none();
            }
            (None, '#') => return false,
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    last_backslash
}

#[cfg(test)]
mod tests {
    use super::{status, Input};

    #[test]
    fn simple_statements_are_complete_at_once() {
        for s in [
            "x = 1\n",
            "1 +\n",
            "f(x)\n",
            "1; 2\n",
            "# a comment\n",
            "\n",
        ] {
            assert_eq!(status(s), Input::Complete, "{s:?}");
        }
    }

    #[test]
    fn open_brackets_strings_and_continuations_read_on() {
        for s in [
            "x = (1,\n",
            "[1,\n\n",
            "'''abc\n",
            "x = 1 \\\n",
            "f(a,\n  b,\n",
        ] {
            assert_eq!(status(s), Input::More, "{s:?}");
        }
        assert_eq!(status("x = (1,\n2)\n"), Input::Complete);
    }

    #[test]
    fn compound_statements_end_at_a_blank_line() {
        assert_eq!(status("if x:\n"), Input::More);
        assert_eq!(status("if x: pass\n"), Input::More);
        assert_eq!(status("def f():\n    return 1\n"), Input::More);
        assert_eq!(status("@d\n"), Input::More);
        assert_eq!(status("try:\n    f()\n"), Input::More);
        assert_eq!(status("def f():\n    return 1\n\n"), Input::Complete);
        // A blank line before the block: the error is reported.
        assert_eq!(status("if x:\n\n"), Input::Complete);
        // An error inside the block is reported at once.
        assert_eq!(status("if x:\n    1 +\n"), Input::Complete);
        // A statement after a one-line block: reported as CPython does.
        assert_eq!(status("if x: pass\n7\n"), Input::Complete);
    }
}
