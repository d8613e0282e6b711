//! The interactive prompt (`alc` alone, `alc repl`): lines are read
//! (`input.rs`) until they make a statement (`alc::interactive`), which is
//! compiled with the JIT in mode `'single'` and run in module `__main__`,
//! whose body called [`alc_repl_run`]. Its output is CPython's prompt's:
//! expression values echoed with `repr` and kept as `_`, uncaught
//! exceptions reported as CPython reports them at its prompt, the
//! prompts and the banner on stderr when stdin is not a terminal.

mod complete;
mod input;

use alc::interactive::{status, Input};
use alrt::builtins::{exec, output};
use alrt::exc::error;
use input::{Line, LineSource};

/// Runs the prompt until end of input or `exit()`: 1 at the end of input,
/// 0 with the SystemExit pending (the main module's body then ends with
/// it, and the process exits with its status).
#[export_name = alrt_abi::repl_symbol!()]
pub extern "C" fn alc_repl_run() -> i64 {
    let Ok(ns) = exec::main_namespace() else {
        return 0;
    };
    output::write_err(&format!(
        "alc {} (Al: Python 3.11's language, compiled to native code) on {}\n\
         Type \"exit()\" or press Ctrl-D to leave.\n",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
    ));
    let mut lines = LineSource::new(ns);
    let mut source = String::new();
    loop {
        output::flush();
        let prompt = if source.is_empty() { ">>> " } else { "... " };
        match lines.read(prompt) {
            Line::Text(line) => {
                if source.is_empty() && line.trim().is_empty() {
                    continue;
                }
                source.push_str(&line);
                source.push('\n');
                if status(&source) == Input::More {
                    continue;
                }
            }
            Line::Unterminated(line) => {
                source.push_str(&line);
                source.push('\n');
                continue;
            }
            Line::Interrupted => {
                output::write_err("\nKeyboardInterrupt\n");
                source.clear();
                continue;
            }
            Line::End => {
                output::write_err("\n");
                // What was read of a statement runs; the next read ends.
                if source.trim().is_empty() {
                    return 1;
                }
            }
        }
        let statement = std::mem::take(&mut source);
        lines.remember(&statement);
        if exec::run_interactive(&statement, ns).is_err() && !report() {
            return 0;
        }
    }
}

/// Reports the pending exception as CPython's prompt does, and clears it;
/// false (leaving it pending) for SystemExit, which ends the prompt.
fn report() -> bool {
    let exc = error::take_pending();
    if alrt::object::isinstance(exc, &alrt::exc::SYSTEM_EXIT) {
        error::set_pending(exc);
        return false;
    }
    output::flush();
    output::write_err(&alrt::exc::traceback::format_uncaught(exc));
    true
}
