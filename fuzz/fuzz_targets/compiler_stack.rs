//! Runs compiler passes on a thread with `alc`'s stack, as `alc` does.
//!
//! The passes recurse over the AST; the parser caps nesting so that this
//! recursion fits in 256 MiB (`compiler/src/main.rs`), not in the 8 MiB of
//! libFuzzer's main thread. One long-lived thread serves every input, so no
//! thread is created per run.

// Each target uses a part of this module.
#![allow(dead_code)]

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};

/// The stack `alc` gives its compiler thread.
const COMPILER_STACK: usize = 256 << 20;

type Job = Box<dyn FnOnce() + Send>;

struct Worker {
    jobs: Sender<Job>,
    done: Receiver<()>,
}

static WORKER: OnceLock<Mutex<Worker>> = OnceLock::new();

/// Runs `job` on the compiler thread and waits for it. A panic there aborts
/// the process (libFuzzer's panic hook), which libFuzzer reports as a crash
/// with the input that caused it.
pub fn run(job: impl FnOnce() + Send + 'static) {
    let worker = WORKER.get_or_init(|| {
        let (jobs, inbox) = channel::<Job>();
        let (finished, done) = channel();
        std::thread::Builder::new()
            .name("compiler".into())
            .stack_size(COMPILER_STACK)
            .spawn(move || {
                for job in inbox {
                    job();
                    if finished.send(()).is_err() {
                        break;
                    }
                }
            })
            .expect("cannot start the compiler thread");
        Mutex::new(Worker { jobs, done })
    });
    let worker = worker.lock().unwrap_or_else(|e| e.into_inner());
    worker
        .jobs
        .send(Box::new(job))
        .expect("the compiler thread has stopped");
    worker.done.recv().expect("the compiler thread has stopped");
}

/// The source file of a fuzz input: the compiler reads UTF-8 only
/// (`driver::run` refuses other bytes before any pass runs).
pub fn source(data: &[u8]) -> Option<alc::span::SourceFile> {
    let text = std::str::from_utf8(data).ok()?;
    Some(alc::span::SourceFile::new("fuzz.al", text))
}

/// Renders `diagnostics` as `alc` prints them, so that their spans are
/// checked against the text too.
pub fn render(file: &alc::span::SourceFile, diagnostics: &[alc::diagnostics::Diagnostic]) {
    for d in diagnostics {
        std::hint::black_box(d.render(file, false));
    }
}
