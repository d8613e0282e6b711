//! Machine-code generation of the lowered functions, overlapped with
//! lowering: each function goes to worker threads (one per core) as soon
//! as it is lowered, since code generation is most of alc's compile time
//! and each function compiles independently. The results are defined in
//! the object file in the order the functions were lowered, so the output
//! does not depend on the thread count or on timing.

use crate::code_cache::CodeCache;
use crate::diagnostics::Diagnostic;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::Context;
use cranelift_module::{FuncId, ModuleReloc};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// One function's machine code, ready to be placed in the object file.
struct Compiled {
    id: FuncId,
    alignment: u64,
    bytes: Vec<u8>,
    relocs: Vec<ModuleReloc>,
    calls: Vec<[u32; 2]>,
    lines: Vec<[u32; 3]>,
}

/// Where one compiled function's calls return to, for the code map: the
/// function, its code's length, and (return offset, traceback site) pairs
/// sorted by offset, for the calls lowered at a known position.
pub struct CallSites {
    pub id: FuncId,
    pub len: u32,
    pub calls: Vec<[u32; 2]>,
    /// With `-g`: the (start, end, traceback site) of each range of the
    /// code that has a source location, by address, for the DWARF line
    /// table (`debug_info.rs`); empty otherwise.
    pub lines: Vec<[u32; 3]>,
}

type Job = (usize, FuncId, Function);
type Done = (usize, Result<Compiled, String>);

/// The worker threads and the functions handed to them.
pub struct Pipeline {
    isa: OwnedTargetIsa,
    cache: Option<CodeCache>,
    /// Keep each function's source-location ranges (`-g`).
    lines: bool,
    jobs: Option<Sender<Job>>,
    done: Option<Receiver<Done>>,
    workers: Vec<JoinHandle<()>>,
    submitted: usize,
    /// Compile each function when it is submitted, on this thread, into
    /// `compiled` (code compiled at run time: a program's own thread
    /// compiles it, and threads started per `exec` would cost more than
    /// they save).
    inline: bool,
    compiled: Vec<Result<Compiled, String>>,
}

impl Pipeline {
    /// A pipeline compiling for `isa`, taking what it can from `cache`;
    /// threads start with the first function.
    pub fn new(isa: OwnedTargetIsa, cache: Option<CodeCache>) -> Pipeline {
        Pipeline {
            isa,
            cache,
            lines: false,
            jobs: None,
            done: None,
            workers: Vec::new(),
            submitted: 0,
            inline: false,
            compiled: Vec::new(),
        }
    }

    /// A pipeline compiling on the calling thread (see `inline`).
    pub fn on_this_thread(isa: OwnedTargetIsa) -> Pipeline {
        Pipeline {
            inline: true,
            ..Pipeline::new(isa, None)
        }
    }

    /// Keeps each function's source-location ranges (`CallSites::lines`).
    pub fn keep_lines(&mut self) {
        self.lines = true;
    }

    fn start(&mut self) {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 16));
        let (job_tx, job_rx) = channel::<Job>();
        let (done_tx, done_rx) = channel::<Done>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        for _ in 0..threads {
            let jobs = Arc::clone(&job_rx);
            let done = done_tx.clone();
            let isa = self.isa.clone();
            let mut cache = self.cache.clone();
            let lines = self.lines;
            self.workers.push(std::thread::spawn(move || loop {
                // The lock is held only to take one job.
                let job = match jobs.lock() {
                    Ok(rx) => rx.recv(),
                    Err(_) => return,
                };
                let Ok((i, id, func)) = job else { return };
                if done
                    .send((i, compile(&*isa, cache.as_mut(), id, func, lines)))
                    .is_err()
                {
                    return;
                }
            }));
        }
        self.jobs = Some(job_tx);
        self.done = Some(done_rx);
    }

    /// Hands a lowered function to the workers.
    pub fn submit(&mut self, id: FuncId, func: Function) {
        if self.inline {
            let c = compile(&*self.isa, None, id, func, self.lines);
            self.compiled.push(c);
            self.submitted += 1;
            return;
        }
        if self.jobs.is_none() {
            self.start();
        }
        if let Some(tx) = &self.jobs {
            // A send fails only when every worker is gone (a panic inside
            // Cranelift); `finish` reports the missing function then.
            let _ = tx.send((self.submitted, id, func));
        }
        self.submitted += 1;
    }

    /// Waits for every function and defines them in `module`, in order;
    /// returns each function's call sites.
    pub fn finish(
        mut self,
        module: &mut dyn cranelift_module::Module,
    ) -> Result<Vec<CallSites>, Diagnostic> {
        drop(self.jobs.take());
        let mut slots: Vec<Option<Result<Compiled, String>>> = if self.inline {
            std::mem::take(&mut self.compiled)
                .into_iter()
                .map(Some)
                .collect()
        } else {
            (0..self.submitted).map(|_| None).collect()
        };
        if let Some(rx) = self.done.take() {
            for (i, r) in rx.iter().take(self.submitted) {
                if let Some(slot) = slots.get_mut(i) {
                    *slot = Some(r);
                }
            }
        }
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        let mut sites = Vec::new();
        for r in slots {
            let c = r
                .unwrap_or_else(|| Err("a code generation thread failed".to_string()))
                .map_err(super::internal)?;
            module
                .define_function_bytes(c.id, c.alignment, &c.bytes, &c.relocs)
                .map_err(|e| super::internal(format!("{e:?}")))?;
            sites.push(CallSites {
                id: c.id,
                len: c.bytes.len() as u32,
                calls: c.calls,
                lines: c.lines,
            });
        }
        Ok(sites)
    }
}

fn compile(
    isa: &dyn TargetIsa,
    cache: Option<&mut CodeCache>,
    id: FuncId,
    func: Function,
    lines: bool,
) -> Result<Compiled, String> {
    let mut ctx = Context::for_function(func);
    let mut ctrl = ControlPlane::default();
    let code = match cache {
        Some(store) => ctx
            .compile_with_cache(isa, store, &mut ctrl)
            .map(|(c, _)| c),
        None => ctx.compile(isa, &mut ctrl),
    };
    let alignment = code.map_err(|e| format!("{:?}", e.inner))?.buffer.alignment as u64;
    let code = ctx
        .compiled_code()
        .ok_or_else(|| "no code after compilation".to_string())?;
    let relocs = code
        .buffer
        .relocs()
        .iter()
        .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id))
        .collect();
    Ok(Compiled {
        id,
        alignment,
        bytes: code.buffer.data().to_vec(),
        relocs,
        calls: call_sites(&code.buffer),
        lines: if lines {
            line_ranges(&code.buffer)
        } else {
            Vec::new()
        },
    })
}

/// The (start, end, traceback site) of each range of `buf` whose
/// instructions carry a source location, by address.
fn line_ranges(
    buf: &cranelift_codegen::MachBufferFinalized<cranelift_codegen::Final>,
) -> Vec<[u32; 3]> {
    buf.get_srclocs_sorted()
        .iter()
        .filter(|l| !l.loc.is_default() && l.start < l.end)
        .map(|l| [l.start, l.end, l.loc.bits()])
        .collect()
}

/// The (return offset, traceback site) of each call whose instruction
/// carries a source location (the site `FuncCx::set_line` set).
fn call_sites(
    buf: &cranelift_codegen::MachBufferFinalized<cranelift_codegen::Final>,
) -> Vec<[u32; 2]> {
    let locs = buf.get_srclocs_sorted();
    let mut calls = Vec::new();
    for c in buf.call_sites() {
        // The call instruction ends at the return address.
        let at = c.ret_addr.saturating_sub(1);
        let i = locs.partition_point(|l| l.start <= at);
        let Some(l) = i.checked_sub(1).map(|i| &locs[i]) else {
            continue;
        };
        if at < l.end && !l.loc.is_default() {
            calls.push([c.ret_addr, l.loc.bits()]);
        }
    }
    calls.sort_unstable();
    calls.dedup_by_key(|c| c[0]);
    calls
}
