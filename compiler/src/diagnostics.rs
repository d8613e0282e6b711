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
}

impl Diagnostic {
    /// An error with `message` at `span`.
    pub fn error(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: None,
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
        let start = (self.span.start as usize).min(len);
        let mut end = (self.span.end as usize).clamp(start, len);
        // A zero-width span (e.g. end of file) still gets one caret.
        if end == start && end < len {
            end = start
                + file.text[start..]
                    .chars()
                    .next()
                    .map_or(1, |c| c.len_utf8());
        }
        let label = self.label.as_deref().unwrap_or("");
        let snippet = Snippet::source(&file.text)
            .origin(&file.name)
            .fold(true)
            .annotation(Level::Error.span(start..end).label(label));
        let message = Level::Error.title(&self.message).snippet(snippet);
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let rendered = renderer.render(message).to_string();
        rendered
    }
}
