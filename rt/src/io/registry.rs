//! The open files. CPython closes (and so flushes) a file the moment the
//! last reference to it goes; alc's collector finds dead files later. So
//! that programs see what CPython shows them, every file `open` returns
//! is registered here until it is closed: all of them are flushed before
//! another file is opened (`open('x', 'w').write(s)` and then reading `x`
//! sees `s`), the collector closes the ones that become garbage (the
//! finaliser queue, `gc/finalize.rs`), and the program's end closes the
//! rest. The list does not keep files alive: a file stays in it only
//! while it is open, and the finaliser closes it before it can be freed.

use crate::gc::finalize::{self, Finalizer};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Open files before `open` first collects garbage to close dead ones
/// (each holds a descriptor; the usual limit is 1024).
const COLLECT_AT: usize = 256;

thread_local! {
    /// Every open file `open` returned, in opening order.
    static OPEN: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Opening order, the finalisers' key.
    static SEQ: Cell<u64> = const { Cell::new(0) };
    /// The count of open files at which `open` collects next: twice what
    /// survived the last collection, so a program that keeps many files
    /// open does not collect at every `open`.
    static NEXT_COLLECT: Cell<usize> = const { Cell::new(COLLECT_AT) };
}

/// How the collector finalises a file: closes it, silently (CPython
/// reports nothing for a file closed by its deallocation either).
static FINALIZER: Finalizer = Finalizer {
    pending: |f| !crate::io::file::obj(f).closed.get(),
    run: crate::io::file::close_quietly,
};

/// Registers a file `open` just opened.
pub fn add(f: Value) {
    OPEN.with(|o| o.borrow_mut().push(f));
    let key = SEQ.with(|s| {
        let k = s.get();
        s.set(k + 1);
        k
    });
    finalize::register(f, key, &FINALIZER);
}

/// Forgets a file being closed.
pub fn forget(f: Value) {
    OPEN.with(|o| {
        let mut o = o.borrow_mut();
        if let Some(i) = o.iter().rposition(|&x| x == f) {
            o.remove(i);
        }
    });
}

/// The number of open files.
pub fn count() -> usize {
    OPEN.with(|o| o.borrow().len())
}

/// Flushes every open file (errors stay for each file's close to report).
pub fn flush_all() {
    let files = OPEN.with(|o| o.borrow().clone());
    for f in files {
        crate::io::file::flush_quietly(f);
    }
}

/// What `open` does first: flushes the open files, and when many are
/// open (or `force`: the OS refused a descriptor) collects garbage and
/// closes the files found dead at once, freeing their descriptors.
pub fn before_open(force: bool) {
    flush_all();
    if force || count() >= NEXT_COLLECT.with(|n| n.get()) {
        crate::gc::collect_now();
        finalize::run_ready_of(&FINALIZER);
        NEXT_COLLECT.with(|n| n.set((count() * 2).max(COLLECT_AT)));
    }
}
