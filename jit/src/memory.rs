//! The memory of one compiled source: an arena (Cranelift's, one
//! reservation, so the code's own calls stay within 32-bit reach) that
//! records the address range of what it hands out, so that rt can tell
//! which function objects were made by this code (their descriptors lie
//! in the range) and free the arena when none is left.

use alc::jit::{ArenaMemoryProvider, BranchProtection, JITMemoryKind, JITMemoryProvider};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The lowest and highest address handed out (`usize::MAX`, 0 before the
/// first allocation). Atomics because the JIT keeps its memory provider
/// behind `Send`; rt is single-threaded.
#[derive(Default)]
pub struct Range {
    low: AtomicUsize,
    high: AtomicUsize,
}

impl Range {
    /// `[low, high)`.
    pub fn get(&self) -> (usize, usize) {
        (
            self.low.load(Ordering::Relaxed),
            self.high.load(Ordering::Relaxed),
        )
    }
}

/// An arena that records its range.
pub struct Tracked {
    arena: ArenaMemoryProvider,
    range: Arc<Range>,
}

impl Tracked {
    /// An arena of `size` bytes of address space, and its range.
    pub fn new(size: usize) -> std::io::Result<(Tracked, Arc<Range>)> {
        let arena = ArenaMemoryProvider::new_with_size(size).map_err(std::io::Error::other)?;
        let range = Arc::new(Range {
            low: AtomicUsize::new(usize::MAX),
            high: AtomicUsize::new(0),
        });
        Ok((
            Tracked {
                arena,
                range: range.clone(),
            },
            range,
        ))
    }
}

impl JITMemoryProvider for Tracked {
    fn allocate(
        &mut self,
        size: usize,
        align: u64,
        kind: JITMemoryKind,
    ) -> std::io::Result<*mut u8> {
        let p = self.arena.allocate(size, align, kind)?;
        let at = p as usize;
        self.range.low.fetch_min(at, Ordering::Relaxed);
        self.range.high.fetch_max(at + size, Ordering::Relaxed);
        Ok(p)
    }

    unsafe fn free_memory(&mut self) {
        // SAFETY: our caller's promise (nothing uses the memory any more)
        // is the arena's.
        unsafe { self.arena.free_memory() }
    }

    fn finalize(&mut self, branch_protection: BranchProtection) -> alc::jit::ModuleResult<()> {
        self.arena.finalize(branch_protection)
    }
}
