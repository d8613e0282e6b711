//! Compile errors as values with source spans, rendered like rustc's
//! (`error: …`, `--> file:line:col`, the source line and a caret).

use crate::span::{SourceFile, Span};

/// One compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub span: Span,
    /// Optional label printed under the caret.
    pub label: Option<String>,
    /// A warning: reported, but the compile goes on.
    pub warning: bool,
}

impl Diagnostic {
    /// An error with `message` at `span`.
    pub fn error(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: None,
            warning: false,
        }
    }

    /// A warning with `message` at `span`.
    pub fn warning(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            warning: true,
            ..Diagnostic::error(message, span)
        }
    }

    /// The standard error for a construct the compiler does not lower yet.
    pub fn unsupported(feature: &str, span: Span) -> Diagnostic {
        Diagnostic::error(format!("not supported yet: {feature}"), span)
    }

    /// Adds a label shown under the caret.
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    /// Renders the diagnostic against its source file; `color` adds ANSI styles.
    pub fn render(&self, file: &SourceFile, color: bool) -> String {
        use annotate_snippets::{Level, Renderer, Snippet};
        let len = file.text.len();
        // A span that cuts a character is a bug where it was made, but the
        // report must still come out: widen it to whole characters.
        let mut start = (self.span.start as usize).min(len);
        while !file.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (self.span.end as usize).clamp(start, len);
        while !file.text.is_char_boundary(end) {
            end += 1;
        }
        // A zero-width span (e.g. end of file) still gets one caret.
        if end == start && end < len {
            end = start
                + file.text[start..]
                    .chars()
                    .next()
                    .map_or(1, |c| c.len_utf8());
        }
        let label = self.label.as_deref().unwrap_or("");
        if needs_plain_window(&file.text) {
            return self.render_window(file, start, end, label);
        }
        let level = if self.warning {
            Level::Warning
        } else {
            Level::Error
        };
        let snippet = Snippet::source(&file.text)
            .origin(&file.name)
            .fold(true)
            .annotation(level.span(start..end).label(label));
        let message = level.title(&self.message).snippet(snippet);
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let rendered = renderer.render(message).to_string();
        rendered
    }

    /// The rendering of `render` without annotate-snippets, for the lines
    /// it would trim: the caret's line, cut to a window of `WINDOW`
    /// characters around the span with `...` where it was cut.
    fn render_window(&self, file: &SourceFile, start: usize, end: usize, label: &str) -> String {
        let (line_no, col) = file.line_col(start as u32);
        let (line_start, line_end) = line_bounds(&file.text, start);
        let chars: Vec<char> = file.text[line_start..line_end].chars().collect();
        let first = col - 1;
        let last = first + file.text[start..end.min(line_end)].chars().count().max(1);
        let (left, right) = if chars.len() <= WINDOW + WINDOW / 2 {
            (0, chars.len())
        } else {
            let left = first.saturating_sub(WINDOW / 3);
            (left, (left + WINDOW).max(last).min(chars.len()))
        };
        let shown = |cs: &[char]| -> String {
            cs.iter()
                .map(|&c| {
                    if c == '\t' {
                        "    ".to_string()
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        };
        let prefix = if left > 0 { "..." } else { "" };
        let suffix = if right < chars.len() { "..." } else { "" };
        let text = shown(&chars[left..right]);
        let pad = prefix.len() + shown(&chars[left..first.min(right)]).chars().count();
        let carets = "^".repeat(
            last.saturating_sub(first)
                .min(right.saturating_sub(first))
                .max(1),
        );
        let gutter = " ".repeat(line_no.to_string().len());
        let label = if label.is_empty() {
            String::new()
        } else {
            format!(" {label}")
        };
        format!(
            "{}: {}\n{gutter}--> {}:{line_no}:{col}\n{gutter} |\n{line_no} | {prefix}{text}{suffix}\n{gutter} | {}{carets}{label}\n{gutter} |",
            if self.warning { "warning" } else { "error" },
            self.message,
            file.name,
            " ".repeat(pad),
        )
    }
}

/// How many characters of a long line `render_window` shows.
const WINDOW: usize = 100;

/// Whether annotate-snippets 0.11 might trim the source shown: it computes
/// one window for every line of the file (the widest line, the smallest
/// indentation of a non-blank line), with subtractions that underflow when
/// the span lies inside that indentation (a garbled caret line in release
/// builds, a panic with overflow checks), and it slices lines at columns as
/// if they were byte offsets (a panic on non-ASCII text). It leaves a file
/// alone when no line is wider than its 140 columns (with the line-number
/// gutter) and some non-blank line is indented by at most 20; this errs
/// towards the window renderer (non-ASCII characters count as wide).
fn needs_plain_window(text: &str) -> bool {
    let mut widest = 0;
    let mut least_indent = usize::MAX;
    let mut n_lines = 0;
    for line in text.split('\n') {
        n_lines += 1;
        let cols = |c: char| match c {
            '\t' => 4,
            c if c.is_ascii() => 1,
            _ => 2,
        };
        widest = widest.max(line.chars().map(cols).sum::<usize>());
        if !line.chars().all(char::is_whitespace) {
            let indent = line
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(cols)
                .sum::<usize>();
            least_indent = least_indent.min(indent);
        }
    }
    let gutter = n_lines.to_string().len() + 3;
    least_indent > 20 || widest + gutter >= 140
}

/// The byte range of the line holding `offset`, without its newline.
fn line_bounds(text: &str, offset: usize) -> (usize, usize) {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    (start, end)
}
