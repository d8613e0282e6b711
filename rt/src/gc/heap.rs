//! The GC heap: one space per fixed-size object type and one per size class
//! of each variable-size type (objects followed by their values, tuples),
//! each a list of 256 KiB blocks of equal-size cells, with allocation and
//! mark bits in side bitmaps; objects bigger than the largest class get a
//! block of their own (a *large* block, a multiple of 256 KiB).
//!
//! A block is `mmap`ed at a `BLOCK_SIZE`-aligned address; its header (the
//! two bitmaps) sits at the start and the cells follow. Because every space
//! holds exactly one Rust type, the block knows how to trace and drop each of
//! its cells without any per-object type word. Static objects (None, type
//! objects, built-in functions) live in the executable and are never inside
//! a block, so the collector never writes to them.

use super::Tracer;
use crate::object::{ByteObject, Object, VarObject};
use crate::value::Value;
use std::marker::PhantomData;

/// Size and alignment of a block.
pub const BLOCK_SIZE: usize = 256 * 1024;
/// Smallest cell; cell sizes are multiples of it.
const CELL_ALIGN: usize = 16;
const BITMAP_WORDS: usize = BLOCK_SIZE / CELL_ALIGN / 64;
/// Spaces of fixed-size types: one per `Kind` value (a type's first kind
/// names it).
pub const NKINDS: usize = 57;
// A kind beyond the fixed spaces would share the first variable-size space.
const _: () = assert!(crate::object::Kind::Code as usize == NKINDS - 1);
/// Size classes of variable-size objects: cells of 16..=256 bytes in steps
/// of 16, then four classes per power of two up to `MAX_CLASS_SIZE`.
pub const NCLASSES: usize = 49;
// Generated code finds small tuples' runs by these (`layout::tuple_run`).
const _: () = assert!(
    NKINDS == alrt_abi::layout::GC_FIXED_SPACES
        && NCLASSES == alrt_abi::layout::GC_NCLASSES
        && alrt_abi::layout::GC_SMALL_CLASS_MAX == 256
        && CELL_ALIGN == 16
);
/// The largest size-classed cell; bigger objects get a large block.
pub const MAX_CLASS_SIZE: usize = 64 * 1024;
/// Variable-size types (`VarObject::VAR_SLOT`, `ByteObject::VAR_SLOT`),
/// each with `NCLASSES` spaces.
pub const NVAR_SLOTS: usize = 4;
const NSPACES: usize = NKINDS + NVAR_SLOTS * NCLASSES;
/// Empty blocks kept mapped for reuse (8 MiB): unmapping and remapping
/// blocks every collection costs more system time than the allocation.
const SPARE_BLOCKS: usize = 32;
/// Spare blocks kept even after a cycle that took fewer (1 MiB), so
/// back-to-back collections do not unmap and remap the same blocks.
const MIN_SPARE_BLOCKS: usize = 4;
/// The chunk table (`Heap::chunks`) is used while the blocks span at most
/// this many `BLOCK_SIZE` chunks of address space (256 GiB); beyond that,
/// lookups binary-search the sorted block list.
const MAX_CHUNKS: usize = 1 << 20;
/// Cell indices are computed as `(offset * recip) >> RECIP_SHIFT`, exact for
/// offsets below `BLOCK_SIZE` and cells of at most `MAX_CLASS_SIZE` bytes
/// (`2^40 / 2^16 > 2^18`): a multiply instead of a division per lookup.
const RECIP_SHIFT: u32 = 40;
/// The byte freed cells are filled with in stress mode.
pub const POISON: u8 = 0xdb;
/// The most bytes one run of free cells spans (at least one cell): the
/// bytes of a run are counted towards the next collection when it is taken,
/// so a run is kept short enough for that not to matter.
const MAX_RUN_BYTES: usize = 16 * 1024;

/// How the collector handles one Rust type.
pub struct TypeInfo {
    /// False if dropping the type does nothing (sweeping then only clears
    /// bits).
    pub needs_drop: bool,
    /// Runs `drop_in_place` on a cell holding this type.
    pub drop: unsafe fn(*mut u8),
    /// Visits every value the object at the cell refers to.
    pub trace: unsafe fn(*const u8, &mut Tracer),
    /// True when `trace` visits nothing (`Object::LEAF`): a marked cell of
    /// this type is not queued.
    pub leaf: bool,
    /// `Object::IMMUTABLE`: an old cell of this type refers to old cells
    /// only, so a minor collection does not trace it again.
    pub immutable: bool,
    /// Visits what a minor collection must of an old cell (`Object::trace_old`).
    pub trace_old: unsafe fn(*const u8, &mut Tracer),
    /// The object's borrowed malloc buffer `(address, bytes)`, if any.
    pub buffer: unsafe fn(*const u8) -> Option<(usize, usize)>,
}

/// Holder of the per-type `TypeInfo` constant.
pub struct Info<T>(PhantomData<T>);

impl<T: Object> Info<T> {
    pub const INFO: TypeInfo = TypeInfo {
        needs_drop: std::mem::needs_drop::<T>(),
        drop: drop_cell::<T>,
        trace: trace_cell::<T>,
        leaf: T::LEAF,
        immutable: T::IMMUTABLE,
        trace_old: trace_old_cell::<T>,
        buffer: buffer_cell::<T>,
    };
    /// The cell size of a fixed-size `T`.
    pub const CELL: usize = cell_size(std::mem::size_of::<T>());
}

impl<T: VarObject> Info<T> {
    /// A variable-size `T`: its trace also visits the values after it.
    pub const VAR_INFO: TypeInfo = TypeInfo {
        needs_drop: std::mem::needs_drop::<T>(),
        drop: drop_cell::<T>,
        trace: trace_var_cell::<T>,
        leaf: false,
        immutable: T::IMMUTABLE,
        trace_old: trace_var_cell::<T>,
        buffer: buffer_cell::<T>,
    };
}

impl<T: ByteObject> Info<T> {
    /// A `T` followed by bytes: nothing to drop (`ByteObject`'s contract),
    /// so its blocks are swept by the bitmap copy alone.
    pub const BYTES_INFO: TypeInfo = TypeInfo {
        needs_drop: false,
        drop: drop_nothing,
        trace: trace_cell::<T>,
        leaf: T::LEAF,
        immutable: T::IMMUTABLE,
        trace_old: trace_old_cell::<T>,
        buffer: buffer_cell::<T>,
    };
}

/// The drop of objects whose drop does nothing.
unsafe fn drop_nothing(_p: *mut u8) {}

/// A fixed-size cell holding `size` bytes.
const fn cell_size(size: usize) -> usize {
    let s = if size == 0 { 1 } else { size };
    s.next_multiple_of(CELL_ALIGN)
}

/// The size class `(index, cell size)` of an object of `size` bytes, if it
/// is at most `MAX_CLASS_SIZE`: cells of 16..=256 bytes in steps of 16,
/// then four classes per power of two (at most 25% of a cell wasted).
pub fn size_class(size: usize) -> Option<(usize, usize)> {
    if size <= 256 {
        let c = size.max(1).div_ceil(16);
        return Some((c, c * 16));
    }
    if size > MAX_CLASS_SIZE {
        return None;
    }
    // 2^k < size <= 2^(k+1), k >= 8.
    let k = (usize::BITS - 1 - (size - 1).leading_zeros()) as usize;
    let step = 1 << (k - 2);
    let n = (size - (1 << k)).div_ceil(step);
    Some((16 + (k - 8) * 4 + n, (1 << k) + n * step))
}

/// # Safety
/// `p` must point to a live `T` that is never used again.
unsafe fn drop_cell<T>(p: *mut u8) {
    // SAFETY: guaranteed by the caller (the sweeper, for unmarked cells).
    unsafe { std::ptr::drop_in_place(p as *mut T) }
}

/// # Safety
/// `p` must point to a live `T`.
unsafe fn trace_cell<T: Object>(p: *const u8, t: &mut Tracer) {
    // SAFETY: guaranteed by the caller (cells with their allocation bit set).
    unsafe { (*(p as *const T)).trace(t) }
}

/// # Safety
/// `p` must point to a live `T`.
unsafe fn trace_old_cell<T: Object>(p: *const u8, t: &mut Tracer) {
    // SAFETY: guaranteed by the caller (old cells, allocated).
    unsafe { (*(p as *const T)).trace_old(t) }
}

/// # Safety
/// `p` must point to a live `T` allocated by `gc::alloc_var`, followed by
/// `n_values()` initialised values in the same cell.
unsafe fn trace_var_cell<T: VarObject>(p: *const u8, t: &mut Tracer) {
    // SAFETY: guaranteed by the caller (cells with their allocation bit set
    // in a variable-size space, whose objects `alloc_var` wrote with their
    // values right after them).
    let (obj, vals) = unsafe {
        let obj = &*(p as *const T);
        let vals = p.add(std::mem::size_of::<T>()) as *const Value;
        (obj, std::slice::from_raw_parts(vals, obj.n_values()))
    };
    obj.trace(t);
    t.visit_all(vals);
}

/// # Safety
/// `p` must point to a live `T`.
unsafe fn buffer_cell<T: Object>(p: *const u8) -> Option<(usize, usize)> {
    // SAFETY: guaranteed by the caller (cells with their allocation bit set).
    unsafe { (*(p as *const T)).borrowed_buffer() }
}

/// Calls `f` with the index of each set bit of a cell bitmap
/// (`Block::alloc`, `Block::mark`), in increasing order, until it returns
/// false. A plain loop: the iterator adaptors it replaced cost about 60
/// instructions per cell in the collector's walks (callgrind, fannkuch).
#[inline]
pub fn each_set_bit(words: &[u64], mut f: impl FnMut(usize) -> bool) {
    for (wi, &word) in words.iter().enumerate() {
        let mut w = word;
        while w != 0 {
            let idx = wi * 64 + w.trailing_zeros() as usize;
            w &= w - 1;
            if !f(idx) {
                return;
            }
        }
    }
}

/// The header at the start of every block.
#[repr(C)]
pub struct Block {
    pub info: &'static TypeInfo,
    /// Bytes mapped: `BLOCK_SIZE`, or a multiple for a large block.
    pub span: usize,
    pub cell_size: usize,
    /// `2^RECIP_SHIFT / cell_size + 1`, or 0 in a large block (one cell).
    pub recip: u64,
    pub ncells: usize,
    /// Cells allocated after the last sweep plus survivors.
    pub live: usize,
    /// `info.leaf`, beside the mark bits marking reads (one load less).
    pub leaf: bool,
    pub alloc: [u64; BITMAP_WORDS],
    pub mark: [u64; BITMAP_WORDS],
}

/// Offset of the first cell from the block start.
const CELLS_OFFSET: usize = std::mem::size_of::<Block>().next_multiple_of(64);

impl Block {
    /// The words of the allocation bitmap that cover cells.
    #[inline]
    pub fn alloc_bits(&self) -> &[u64] {
        &self.alloc[..self.ncells.div_ceil(64)]
    }

    /// The words of the mark bitmap that cover cells.
    #[inline]
    pub fn mark_bits(&self) -> &[u64] {
        &self.mark[..self.ncells.div_ceil(64)]
    }

    /// The address of cell `idx`.
    #[inline]
    pub fn cell(&self, idx: usize) -> usize {
        self as *const Block as usize + CELLS_OFFSET + idx * self.cell_size
    }
}

/// A run of free cells that allocation bumps through: the address of the
/// next cell and the end of the run (both 0 when there is none, so the
/// fast path's `next + cell <= limit` fails). Generated code bumps the
/// float space's run itself (`alrt_abi::layout::ALLOC_RUN_*`, pinned in
/// `rt/src/layout.rs`).
#[repr(C)]
pub struct Run {
    pub next: usize,
    pub limit: usize,
}

/// The blocks of one type.
struct Space {
    blocks: Vec<*mut Block>,
    /// The current run lies in `blocks[cur]`; the next run is searched
    /// for from cell `cursor` on.
    cur: usize,
    cursor: usize,
    /// The first cell of the current run not yet marked allocated (cells
    /// from here to the run's `next` hold objects; `Heap::retire` sets
    /// their bits).
    run_start: usize,
}

/// All blocks of one thread's heap.
#[repr(C)]
pub struct Heap {
    /// The current run of each space; first, at a fixed offset generated
    /// code adds to the collector state's address.
    pub runs: [Run; NSPACES],
    spaces: [Space; NSPACES],
    /// Large blocks, one object each.
    large: Vec<*mut Block>,
    /// Base addresses of all blocks, sorted, for conservative lookups.
    bases: Vec<usize>,
    /// The block base for each `BLOCK_SIZE` chunk of `[min, max)` (0: no
    /// block), or empty if the range has more than `MAX_CHUNKS` chunks.
    chunks: Vec<usize>,
    min: usize,
    max: usize,
    spare: Vec<*mut Block>,
    /// `BLOCK_SIZE` blocks taken (fresh or spare) since the last sweep: the
    /// spares the next cycle is likely to need.
    taken: usize,
    /// Bytes in allocated cells (exact after a sweep, then counted up).
    pub bytes: usize,
    /// Allocated cells (exact after `flush_runs`).
    pub objects: usize,
    /// Runs are one cell long (stress mode: every allocation reaches rt,
    /// which counts down to the next collection).
    pub single_cell_runs: bool,
}

impl Heap {
    /// An empty heap (no blocks mapped).
    pub const fn new() -> Heap {
        Heap {
            runs: [const { Run { next: 0, limit: 0 } }; NSPACES],
            spaces: [const {
                Space {
                    blocks: Vec::new(),
                    cur: 0,
                    cursor: 0,
                    run_start: 0,
                }
            }; NSPACES],
            large: Vec::new(),
            bases: Vec::new(),
            chunks: Vec::new(),
            min: usize::MAX,
            max: 0,
            spare: Vec::new(),
            taken: 0,
            bytes: 0,
            objects: 0,
            single_cell_runs: false,
        }
    }

    /// The space of size class `class` of variable-size slot `slot`.
    pub const fn var_space(slot: usize, class: usize) -> usize {
        NKINDS + slot * NCLASSES + class
    }

    /// A free cell of `cell_size` bytes for an object of type `info` in
    /// space `sp`, or `None` if no block can be mapped: the next cell of
    /// the space's run, or the first of a new one.
    #[inline(always)]
    pub fn alloc_cell(
        &mut self,
        sp: usize,
        info: &'static TypeInfo,
        cell_size: usize,
    ) -> Option<*mut u8> {
        let run = &mut self.runs[sp];
        if run.next + cell_size <= run.limit {
            let p = run.next;
            run.next = p + cell_size;
            return Some(p as *mut u8);
        }
        self.new_run(sp, info, cell_size)
    }

    /// Retires the space's run and takes the next one (the free cells
    /// from the first free one on, up to the next allocated cell and at
    /// most `MAX_RUN_BYTES`), mapping a block if none is left; returns its
    /// first cell, already taken.
    #[inline(never)]
    fn new_run(&mut self, sp: usize, info: &'static TypeInfo, cell_size: usize) -> Option<*mut u8> {
        self.retire(sp);
        let max_cells = if self.single_cell_runs {
            1
        } else {
            (MAX_RUN_BYTES / cell_size).max(1)
        };
        loop {
            let space = &mut self.spaces[sp];
            let Some(&b) = space.blocks.get(space.cur) else {
                let b = self.new_block(info, cell_size, BLOCK_SIZE)?;
                self.spaces[sp].blocks.push(b);
                continue;
            };
            // SAFETY: `b` is a mapped block owned by this heap.
            let block = unsafe { &mut *b };
            let Some(start) = find_free(block, space.cursor) else {
                space.cur += 1;
                space.cursor = 0;
                continue;
            };
            let end = find_allocated(block, start + 1).min(start + max_cells);
            space.cursor = end;
            let first = block.cell(start);
            space.run_start = first;
            self.runs[sp] = Run {
                next: first + cell_size,
                limit: block.cell(end),
            };
            self.bytes += (end - start) * cell_size;
            return Some(first as *mut u8);
        }
    }

    /// Marks the cells taken from the space's run allocated and gives its
    /// untaken cells back (the next run starts at the first of them).
    fn retire(&mut self, sp: usize) {
        let run = std::mem::replace(&mut self.runs[sp], Run { next: 0, limit: 0 });
        if run.limit == 0 {
            return;
        }
        let space = &mut self.spaces[sp];
        // SAFETY: a run lies in the space's current block, mapped and owned
        // by this heap.
        let block = unsafe { &mut *space.blocks[space.cur] };
        let base = block.cell(0);
        let (first, taken) = (
            (space.run_start - base) / block.cell_size,
            (run.next - base) / block.cell_size,
        );
        set_range(&mut block.alloc, first, taken);
        block.live += taken - first;
        self.objects += taken - first;
        self.bytes -= run.limit - run.next;
        space.cursor = taken;
        space.run_start = 0;
    }

    /// Retires every space's run, so the allocation bits and counts say
    /// which cells hold objects: before anything reads them (a collection,
    /// a lookup outside one, statistics).
    pub fn flush_runs(&mut self) {
        for sp in 0..NSPACES {
            if self.runs[sp].limit != 0 {
                self.retire(sp);
            }
        }
    }

    /// A large block holding one cell of `size` bytes, or `None` if it
    /// cannot be mapped.
    #[cold]
    pub fn alloc_large(&mut self, info: &'static TypeInfo, size: usize) -> Option<*mut u8> {
        let cell_size = size.checked_next_multiple_of(CELL_ALIGN)?;
        let span = (CELLS_OFFSET.checked_add(cell_size)?).checked_next_multiple_of(BLOCK_SIZE)?;
        let b = self.new_block(info, cell_size, span)?;
        self.large.push(b);
        // SAFETY: `b` was just mapped and initialised with one cell.
        let block = unsafe { &mut *b };
        block.alloc[0] = 1;
        block.live = 1;
        self.bytes += span;
        self.objects += 1;
        Some(block.cell(0) as *mut u8)
    }

    /// Maps (or reuses) a block of `span` bytes for cells of `cell_size`
    /// bytes holding objects of type `info`.
    #[cold]
    fn new_block(
        &mut self,
        info: &'static TypeInfo,
        cell_size: usize,
        span: usize,
    ) -> Option<*mut Block> {
        let spare = if span == BLOCK_SIZE {
            self.taken += 1;
            self.spare.pop()
        } else {
            None
        };
        let b = match spare {
            Some(b) => b,
            None => {
                let b = map_block(span)?;
                let base = b as usize;
                let pos = self.bases.partition_point(|&x| x < base);
                self.bases.insert(pos, base);
                if base >= self.min && base + span <= self.max && !self.chunks.is_empty() {
                    let first = (base - self.min) / BLOCK_SIZE;
                    self.chunks[first..first + span / BLOCK_SIZE].fill(base);
                } else {
                    self.min = self.min.min(base);
                    self.max = self.max.max(base + span);
                    self.index_chunks(Some((base, span)));
                }
                b
            }
        };
        // SAFETY: `b` is a fresh or spare block: mapped, writable, unused.
        unsafe {
            b.write(Block {
                info,
                span,
                cell_size,
                recip: if span == BLOCK_SIZE {
                    (1u64 << RECIP_SHIFT) / cell_size as u64 + 1
                } else {
                    0
                },
                ncells: ((span - CELLS_OFFSET) / cell_size).min(BITMAP_WORDS * 64),
                live: 0,
                leaf: info.leaf,
                alloc: [0; BITMAP_WORDS],
                mark: [0; BITMAP_WORDS],
            });
        }
        Some(b)
    }

    /// Rebuilds the chunk table from `bases` and `[min, max)`; `fresh` is
    /// a block just mapped whose header is not written yet.
    fn index_chunks(&mut self, fresh: Option<(usize, usize)>) {
        self.chunks.clear();
        if self.bases.is_empty() || (self.max - self.min) / BLOCK_SIZE > MAX_CHUNKS {
            return;
        }
        self.chunks.resize((self.max - self.min) / BLOCK_SIZE, 0);
        for &base in &self.bases {
            let span = match fresh {
                Some((b, span)) if b == base => span,
                // SAFETY: `base` is a mapped block with an initialised
                // header (in use or spare).
                _ => unsafe { (*(base as *const Block)).span },
            };
            let first = (base - self.min) / BLOCK_SIZE;
            self.chunks[first..first + span / BLOCK_SIZE].fill(base);
        }
    }

    /// The mapped block containing `addr`, if any.
    #[inline(always)]
    fn block_of(&self, addr: usize) -> Option<&Block> {
        if addr < self.min || addr >= self.max {
            return None;
        }
        let base = if self.chunks.is_empty() {
            let i = self.bases.partition_point(|&b| b <= addr);
            *self.bases.get(i.checked_sub(1)?)?
        } else {
            self.chunks[(addr - self.min) / BLOCK_SIZE]
        };
        if base == 0 {
            return None;
        }
        // SAFETY: `base` is one of this heap's mapped blocks.
        let block = unsafe { &*(base as *const Block) };
        (addr < base + block.span).then_some(block)
    }

    /// The block and cell index of the allocated object containing `addr`
    /// (interior pointers included). Inlined: marking calls it for every
    /// traced value.
    #[inline(always)]
    pub fn find(&self, addr: usize) -> Option<(*mut Block, usize)> {
        let block = self.block_of(addr)?;
        let base = block as *const Block as usize;
        let off = (addr - base).checked_sub(CELLS_OFFSET)?;
        // In a large block `recip` is 0: every offset is in cell 0.
        let idx = ((off as u64 * block.recip) >> RECIP_SHIFT) as usize;
        if idx >= block.ncells || block.alloc[idx / 64] & (1 << (idx % 64)) == 0 {
            return None;
        }
        Some((base as *mut Block, idx))
    }

    /// `find` for a value a traced object or a precise root holds: the
    /// start of an allocated cell, or of an object outside the heap (a
    /// static one), so the cell's allocation bit need not be read (stress
    /// mode's verification checks that it is set).
    #[inline]
    pub fn find_exact(&self, addr: usize) -> Option<(*mut Block, usize)> {
        let block = self.block_of(addr)?;
        let base = block as *const Block as usize;
        // In a large block `recip` is 0: its one cell.
        let idx = (((addr - base - CELLS_OFFSET) as u64 * block.recip) >> RECIP_SHIFT) as usize;
        Some((base as *mut Block, idx))
    }

    /// True if `addr` lies inside any block (allocated or not).
    pub fn in_blocks(&self, addr: usize) -> bool {
        self.block_of(addr).is_some()
    }

    /// Every block in use: each space's, then the large ones.
    fn blocks(&self) -> impl Iterator<Item = *mut Block> + '_ {
        self.spaces
            .iter()
            .flat_map(|sp| &sp.blocks)
            .chain(&self.large)
            .copied()
    }

    /// Calls `f` with every block in use.
    pub fn for_each_block(&self, mut f: impl FnMut(&Block)) {
        for b in self.blocks() {
            // SAFETY: `b` is a mapped block of this heap.
            f(unsafe { &*b });
        }
    }

    /// Clears every mark bit: a full collection's marking starts with no
    /// old cells.
    pub fn clear_marks(&mut self) {
        for b in self.blocks() {
            // SAFETY: `b` is a mapped block of this heap.
            let block = unsafe { &mut *b };
            let n = block.ncells.div_ceil(64);
            block.mark[..n].fill(0);
        }
    }

    /// Calls `f` with every block whose old cells a minor collection
    /// traces again: those of types neither leaf nor immutable.
    pub fn for_each_mutable_block(&self, mut f: impl FnMut(*mut Block)) {
        for b in self.blocks() {
            // SAFETY: `b` is a mapped block of this heap; only its type
            // information is read here.
            let info = unsafe { (*b).info };
            if !info.leaf && !info.immutable {
                f(b);
            }
        }
    }

    /// Frees every allocated, unmarked cell and returns empty blocks to the
    /// OS (keeping a few spares). The marks stay: the survivors are old,
    /// and minor collections neither trace nor free them.
    pub fn sweep(&mut self, poison: bool) {
        self.flush_runs();
        let mut bytes = 0;
        let mut objects = 0;
        let mut free = Vec::new();
        for sp in self.spaces.iter_mut() {
            sp.blocks.retain(|&b| {
                // SAFETY: `b` is a mapped block of this space.
                let block = unsafe { &mut *b };
                sweep_block(block, poison);
                bytes += block.live * block.cell_size;
                objects += block.live;
                if block.live == 0 {
                    free.push(b);
                }
                block.live != 0
            });
            sp.cur = 0;
            sp.cursor = 0;
        }
        // `flush_runs` left no run: the next allocation in each space
        // searches its first block from its first cell.
        self.large.retain(|&b| {
            // SAFETY: `b` is a mapped large block.
            let block = unsafe { &mut *b };
            sweep_block(block, poison);
            if block.live == 0 {
                free.push(b);
            } else {
                bytes += block.span;
                objects += 1;
            }
            block.live != 0
        });
        // Spares beyond what the last cycle took would only be touched
        // pages kept resident: the least recently freed go back to the OS.
        let keep = SPARE_BLOCKS.min(self.taken.max(MIN_SPARE_BLOCKS));
        self.taken = 0;
        for b in free {
            // SAFETY: `b` is an empty block of this heap.
            let span = unsafe { (*b).span };
            if span == BLOCK_SIZE {
                self.spare.push(b);
            } else {
                unmap_listed(&mut self.bases, b, span);
            }
        }
        let excess = self.spare.len().saturating_sub(keep);
        for b in self.spare.drain(..excess) {
            unmap_listed(&mut self.bases, b, BLOCK_SIZE);
        }
        self.min = self.bases.first().copied().unwrap_or(usize::MAX);
        self.max = self
            .bases
            .iter()
            // SAFETY: `b` is a mapped block (spare or in use).
            .map(|&b| b + unsafe { (*(b as *const Block)).span })
            .max()
            .unwrap_or(0);
        self.index_chunks(None);
        self.bytes = bytes;
        self.objects = objects;
    }

    /// Bytes of mapped blocks.
    pub fn mapped(&self) -> usize {
        let large: usize = self
            .large
            .iter()
            // SAFETY: `b` is a mapped large block.
            .map(|&b| unsafe { (*b).span })
            .sum();
        (self.bases.len() - self.large.len()) * BLOCK_SIZE + large
    }
}

/// Unmaps the empty block `b` of `span` bytes and drops it from `bases`.
fn unmap_listed(bases: &mut Vec<usize>, b: *mut Block, span: usize) {
    if let Ok(pos) = bases.binary_search(&(b as usize)) {
        bases.remove(pos);
    }
    unmap_block(b, span);
}

/// The first free cell at or after `from`.
#[inline]
fn find_free(block: &Block, from: usize) -> Option<usize> {
    let mut wi = from / 64;
    let mut w = block.alloc.get(wi)? | ((1u64 << (from % 64)) - 1);
    loop {
        if w != u64::MAX {
            let idx = wi * 64 + w.trailing_ones() as usize;
            return (idx < block.ncells).then_some(idx);
        }
        wi += 1;
        if wi * 64 >= block.ncells {
            return None;
        }
        w = block.alloc[wi];
    }
}

/// The first allocated cell at or after `from`, or `ncells`.
#[inline]
fn find_allocated(block: &Block, from: usize) -> usize {
    let mut wi = from / 64;
    if wi * 64 >= block.ncells {
        return block.ncells;
    }
    let mut w = block.alloc[wi] & !((1u64 << (from % 64)) - 1);
    loop {
        if w != 0 {
            return (wi * 64 + w.trailing_zeros() as usize).min(block.ncells);
        }
        wi += 1;
        if wi * 64 >= block.ncells {
            return block.ncells;
        }
        w = block.alloc[wi];
    }
}

/// Sets bits `first..end` of a cell bitmap.
fn set_range(words: &mut [u64], first: usize, end: usize) {
    let mut i = first;
    while i < end {
        let (wi, bit) = (i / 64, i % 64);
        let n = (end - i).min(64 - bit);
        let mask = if n == 64 {
            u64::MAX
        } else {
            ((1u64 << n) - 1) << bit
        };
        words[wi] |= mask;
        i += n;
    }
}

/// Drops the unmarked allocated cells of `block`; surviving cells stay
/// allocated and all marks are cleared.
fn sweep_block(block: &mut Block, poison: bool) {
    let mut live = 0;
    let nwords = block.ncells.div_ceil(64);
    if !block.info.needs_drop && !poison {
        // Nothing to run for the dead: survivors are the marked cells.
        for wi in 0..nwords {
            let m = block.mark[wi];
            block.alloc[wi] = m;
            live += m.count_ones() as usize;
        }
        block.live = live;
        return;
    }
    for wi in 0..nwords {
        let mut dead = block.alloc[wi] & !block.mark[wi];
        while dead != 0 {
            let idx = wi * 64 + dead.trailing_zeros() as usize;
            dead &= dead - 1;
            let p = block.cell(idx) as *mut u8;
            // SAFETY: the cell holds a live object of the block's type that
            // the mark phase found unreachable, so nothing uses it again.
            unsafe { (block.info.drop)(p) };
            if poison {
                // SAFETY: the cell is `cell_size` bytes inside the block.
                unsafe { std::ptr::write_bytes(p, POISON, block.cell_size) };
            }
        }
        block.alloc[wi] = block.mark[wi];
        live += block.alloc[wi].count_ones() as usize;
    }
    block.live = live;
}

// ---- mapping blocks -----------------------------------------------------------

const PROT_READ: i32 = 1;
const PROT_WRITE: i32 = 2;
const MAP_PRIVATE: i32 = 2;
const MAP_ANONYMOUS: i32 = 0x20;
const MAP_FAILED: usize = usize::MAX;

extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
}

/// Maps a fresh zeroed block of `span` bytes at a `BLOCK_SIZE`-aligned
/// address.
fn map_block(span: usize) -> Option<*mut Block> {
    let len = span.checked_add(BLOCK_SIZE)?;
    // SAFETY: an anonymous private mapping has no preconditions.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            len,
            PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p as usize == MAP_FAILED || p.is_null() {
        return None;
    }
    let start = p as usize;
    let aligned = start.next_multiple_of(BLOCK_SIZE);
    // SAFETY: both trimmed ranges lie inside the mapping just created and
    // nothing refers to them.
    unsafe {
        if aligned > start {
            munmap(p, aligned - start);
        }
        let end = start + len;
        let tail = aligned + span;
        if end > tail {
            munmap(tail as *mut u8, end - tail);
        }
    }
    Some(aligned as *mut Block)
}

/// Returns a block's `span` bytes to the OS.
fn unmap_block(b: *mut Block, span: usize) {
    // SAFETY: `b` is a block this heap mapped and no longer references.
    unsafe { munmap(b as *mut u8, span) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_fit_and_waste_at_most_a_quarter() {
        let mut last = (0, 0);
        for size in 1..=MAX_CLASS_SIZE {
            let (class, cell) = size_class(size).expect("classed size");
            assert!(class < NCLASSES && cell >= size && cell % CELL_ALIGN == 0);
            assert!(size <= 256 || (cell - size) * 4 <= cell, "{size} -> {cell}");
            assert!(class >= last.0 && (class != last.0 || cell == last.1));
            last = (class, cell);
        }
        assert_eq!(size_class(MAX_CLASS_SIZE + 1), None);
        assert_eq!(size_class(48), Some((3, 48)));
    }

    #[test]
    fn generated_code_finds_small_tuples_runs() {
        use crate::object::VarObject;
        use crate::objects::tuple::TupleObj;
        for n in 0..40 {
            let size = std::mem::size_of::<TupleObj>() + 8 * n;
            let want = size_class(size)
                .filter(|&(_, cell)| cell <= 256)
                .map(|(class, cell)| {
                    let sp = Heap::var_space(TupleObj::VAR_SLOT, class);
                    (
                        cell as i64,
                        (crate::gc::RUNS_OFFSET + sp * std::mem::size_of::<Run>()) as i32,
                    )
                });
            assert_eq!(alrt_abi::layout::tuple_run(n), want, "{n} items");
        }
    }

    #[test]
    fn reciprocal_cell_index_is_exact() {
        let mut cells: Vec<usize> = (1..=MAX_CLASS_SIZE)
            .filter_map(size_class)
            .map(|(_, c)| c)
            .collect();
        cells.dedup();
        for cell in cells {
            let recip = (1u64 << RECIP_SHIFT) / cell as u64 + 1;
            for off in (0..BLOCK_SIZE).step_by(8) {
                let idx = ((off as u64 * recip) >> RECIP_SHIFT) as usize;
                assert_eq!(idx, off / cell, "offset {off}, cell {cell}");
            }
        }
    }

    #[test]
    fn large_and_classed_cells_are_found_by_interior_pointers() {
        let mut heap = Heap::new();
        let info = &Info::<crate::objects::tuple::TupleObj>::VAR_INFO;
        let (class, cell) = size_class(48).unwrap();
        let sp = Heap::var_space(0, class);
        let a = heap.alloc_cell(sp, info, cell).unwrap() as usize;
        let b = heap.alloc_cell(sp, info, cell).unwrap() as usize;
        let big = heap.alloc_large(info, 3 * BLOCK_SIZE).unwrap() as usize;
        assert_eq!(b - a, 48);
        // Cells taken from a run are not marked allocated until it retires.
        assert!(heap.find(a).is_none());
        heap.flush_runs();
        for (p, start) in [(a, a), (a + 40, a), (b + 8, b), (big + 2 * BLOCK_SIZE, big)] {
            let (blk, idx) = heap.find(p).expect("allocated cell");
            // SAFETY: `find` returned a mapped block of this heap.
            assert_eq!(unsafe { &*blk }.cell(idx), start);
        }
        assert!(heap.find(b + 48).is_none());
        assert!(heap.find(a - CELLS_OFFSET).is_none());
        heap.sweep(false);
        assert!(heap.find(a).is_none() && heap.find(big).is_none());
        assert_eq!(heap.objects, 0);
    }

    /// Allocates `n` cells of `sp` (tuple cells of 48 bytes).
    fn take(heap: &mut Heap, n: usize) -> Vec<usize> {
        let info = &Info::<crate::objects::tuple::TupleObj>::VAR_INFO;
        let (class, cell) = size_class(48).unwrap();
        let sp = Heap::var_space(0, class);
        (0..n)
            .map(|_| heap.alloc_cell(sp, info, cell).unwrap() as usize)
            .collect()
    }

    #[test]
    fn runs_bump_and_restart_after_allocated_cells() {
        let mut heap = Heap::new();
        let cells = take(&mut heap, 700);
        // A fresh block: consecutive cells, runs of at most MAX_RUN_BYTES
        // following each other.
        assert!(cells.windows(2).all(|w| w[1] - w[0] == 48));
        // Cells are counted when their run retires (a full run when the
        // next is taken).
        let per_run = MAX_RUN_BYTES / 48;
        assert_eq!(heap.objects, 700 / per_run * per_run);
        heap.flush_runs();
        assert_eq!(heap.objects, 700);
        assert_eq!(heap.bytes, 700 * 48);
        // Keep every third cell: the sweep frees the others.
        for (i, &c) in cells.iter().enumerate() {
            if i % 3 == 0 {
                let (b, idx) = heap.find(c).expect("allocated");
                // SAFETY: `find` returned a mapped block of this heap.
                unsafe { (*b).mark[idx / 64] |= 1 << (idx % 64) };
            }
        }
        heap.sweep(false);
        assert_eq!(heap.objects, 234);
        // Runs of the swept block are the two free cells between survivors.
        let again = take(&mut heap, 6);
        assert_eq!(
            again,
            vec![cells[1], cells[2], cells[4], cells[5], cells[7], cells[8]]
        );
        heap.flush_runs();
        assert_eq!(heap.objects, 240);
        for c in again {
            assert!(heap.find(c).is_some());
        }
        // A retired run gives its untaken cells back: the next run starts
        // at the first of them.
        let next = take(&mut heap, 1);
        assert_eq!(next, vec![cells[10]]);
        heap.flush_runs();
        assert_eq!(take(&mut heap, 1), vec![cells[11]]);
    }

    #[test]
    fn spares_are_what_the_last_cycle_took() {
        let mut heap = Heap::new();
        let per_block = (BLOCK_SIZE - CELLS_OFFSET) / 48;
        // A cycle of 12 blocks, all garbage: 12 spares.
        take(&mut heap, 12 * per_block);
        heap.sweep(false);
        assert_eq!((heap.spare.len(), heap.mapped()), (12, 12 * BLOCK_SIZE));
        // A cycle of 6 (taken from the spares): the 6 left over are unmapped.
        take(&mut heap, 6 * per_block);
        heap.sweep(false);
        assert_eq!((heap.spare.len(), heap.mapped()), (6, 6 * BLOCK_SIZE));
        // Cycles of one block keep the minimum.
        for _ in 0..2 {
            take(&mut heap, 1);
            heap.sweep(false);
        }
        assert_eq!(heap.spare.len(), MIN_SPARE_BLOCKS);
    }

    #[test]
    fn single_cell_runs_leave_nothing_to_bump() {
        let mut heap = Heap::new();
        heap.single_cell_runs = true;
        take(&mut heap, 3);
        let (class, _) = size_class(48).unwrap();
        let run = &heap.runs[Heap::var_space(0, class)];
        assert_eq!(run.next, run.limit, "generated code's fast path fails");
    }
}
