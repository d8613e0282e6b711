//! Where the prompt's lines come from: a line editor (rustyline) with
//! history and Tab completion when stdin is a terminal, else stdin read
//! as `input()` reads it (the same buffer, so a statement that calls
//! `input()` reads the next line), with the prompts on stderr as CPython
//! writes them then.

use super::complete::Completer;
use alrt::value::Value;
use rustyline::history::FileHistory;
use std::io::IsTerminal;
use std::path::PathBuf;

/// One read.
pub enum Line {
    /// A line, without its line break.
    Text(String),
    /// The last line of the input, which has no line break: CPython's
    /// prompt waits for more before it compiles it.
    Unterminated(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// End of input (Ctrl-D).
    End,
}

/// The prompt's input.
pub enum LineSource {
    Terminal {
        editor: Box<rustyline::Editor<Completer, FileHistory>>,
        /// The history file, when there is a place for it.
        history: Option<PathBuf>,
    },
    Piped,
}

/// How many lines of history are kept.
const HISTORY_LINES: usize = 1000;

/// `$XDG_DATA_HOME/alc/history`, else `~/.local/share/alc/history`.
fn history_path() -> Option<PathBuf> {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    let dir = data.join("alc");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}

impl LineSource {
    /// The input for the prompt, completing names in namespace `ns`.
    pub fn new(ns: Value) -> LineSource {
        if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
            return LineSource::Piped;
        }
        let config = rustyline::Config::builder()
            .completion_type(rustyline::CompletionType::List)
            .auto_add_history(false)
            .max_history_size(HISTORY_LINES)
            .map(|b| b.build());
        let editor = config.and_then(rustyline::Editor::with_config);
        let Ok(mut editor) = editor else {
            return LineSource::Piped;
        };
        editor.set_helper(Some(Completer::new(ns)));
        let history = history_path();
        if let Some(p) = &history {
            // A missing file is a first session.
            let _ = editor.load_history(p);
        }
        LineSource::Terminal {
            editor: Box::new(editor),
            history,
        }
    }

    /// The next line, after writing `prompt`.
    pub fn read(&mut self, prompt: &str) -> Line {
        match self {
            LineSource::Terminal { editor, .. } => match editor.readline(prompt) {
                Ok(line) => Line::Text(line),
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::End,
            },
            LineSource::Piped => {
                alrt::builtins::output::write_err(prompt);
                match alrt::io::streams::stdin_line() {
                    Ok(Some(mut line)) => {
                        if line.ends_with('\n') {
                            line.pop();
                            Line::Text(line)
                        } else {
                            Line::Unterminated(line)
                        }
                    }
                    Ok(None) => Line::End,
                    Err(_) => {
                        alrt::exc::error::take_pending();
                        Line::End
                    }
                }
            }
        }
    }

    /// Adds the lines of `statement` to the history (and its file, at
    /// once, so that `exit()` or a crash loses none).
    pub fn remember(&mut self, statement: &str) {
        let LineSource::Terminal { editor, history } = self else {
            return;
        };
        for line in statement.lines().filter(|l| !l.trim().is_empty()) {
            let _ = editor.add_history_entry(line);
        }
        if let Some(p) = history {
            let _ = editor.append_history(p);
        }
    }
}
