//! The GC heap: one space per object type, each a list of 256 KiB blocks of
//! equal-size cells, with allocation and mark bits in side bitmaps.
//!
//! A block is `mmap`ed at a `BLOCK_SIZE`-aligned address; its header (the
//! two bitmaps) sits at the start and the cells follow. Because every space
//! holds exactly one Rust type, the block knows how to trace and drop each of
//! its cells without any per-object type word. Static objects (None, type
//! objects, built-in functions) live in the executable and are never inside
//! a block, so the collector never writes to them.

use super::Tracer;
use crate::object::Object;
use std::marker::PhantomData;

/// Size and alignment of a block.
pub const BLOCK_SIZE: usize = 256 * 1024;
/// Smallest cell; cell sizes are multiples of it.
const CELL_ALIGN: usize = 16;
const BITMAP_WORDS: usize = BLOCK_SIZE / CELL_ALIGN / 64;
/// Number of spaces: one per `Kind` value (a type's first kind names it).
pub const NSPACES: usize = 32;
/// Empty blocks kept mapped for reuse (8 MiB): unmapping and remapping
/// blocks every collection costs more system time than the allocation.
const SPARE_BLOCKS: usize = 32;
/// The byte freed cells are filled with in stress mode.
pub const POISON: u8 = 0xdb;

/// How the collector handles one Rust type.
pub struct TypeInfo {
    pub size: usize,
    /// Runs `drop_in_place` on a cell holding this type.
    pub drop: unsafe fn(*mut u8),
    /// Visits every value the object at the cell refers to.
    pub trace: unsafe fn(*const u8, &mut Tracer),
    /// The object's borrowed value buffer `(address, words)`, if any.
    pub buffer: unsafe fn(*const u8) -> Option<(usize, usize)>,
}

/// Holder of the per-type `TypeInfo` constant.
pub struct Info<T>(PhantomData<T>);

impl<T: Object> Info<T> {
    pub const INFO: TypeInfo = TypeInfo {
        size: std::mem::size_of::<T>(),
        drop: drop_cell::<T>,
        trace: trace_cell::<T>,
        buffer: buffer_cell::<T>,
    };
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
unsafe fn buffer_cell<T: Object>(p: *const u8) -> Option<(usize, usize)> {
    // SAFETY: guaranteed by the caller (cells with their allocation bit set).
    let b = unsafe { (*(p as *const T)).value_buffer() }?;
    Some((b.as_ptr() as usize, b.len()))
}

/// The header at the start of every block.
#[repr(C)]
pub struct Block {
    pub info: &'static TypeInfo,
    pub cell_size: usize,
    pub ncells: usize,
    /// Cells allocated after the last sweep plus survivors.
    pub live: usize,
    pub alloc: [u64; BITMAP_WORDS],
    pub mark: [u64; BITMAP_WORDS],
}

/// Offset of the first cell from the block start.
const CELLS_OFFSET: usize = std::mem::size_of::<Block>().next_multiple_of(64);

impl Block {
    /// The address of cell `idx`.
    #[inline]
    pub fn cell(&self, idx: usize) -> usize {
        self as *const Block as usize + CELLS_OFFSET + idx * self.cell_size
    }
}

/// The blocks of one type.
struct Space {
    blocks: Vec<*mut Block>,
    /// Allocation resumes in `blocks[cur]` at cell `cursor`.
    cur: usize,
    cursor: usize,
}

/// All blocks of one thread's heap.
pub struct Heap {
    spaces: [Space; NSPACES],
    /// Base addresses of all blocks, sorted, for conservative lookups.
    bases: Vec<usize>,
    min: usize,
    max: usize,
    spare: Vec<*mut Block>,
    /// Bytes in allocated cells (exact after a sweep, then counted up).
    pub bytes: usize,
    /// Allocated cells.
    pub objects: usize,
}

impl Heap {
    /// An empty heap (no blocks mapped).
    pub const fn new() -> Heap {
        Heap {
            spaces: [const {
                Space {
                    blocks: Vec::new(),
                    cur: 0,
                    cursor: 0,
                }
            }; NSPACES],
            bases: Vec::new(),
            min: usize::MAX,
            max: 0,
            spare: Vec::new(),
            bytes: 0,
            objects: 0,
        }
    }

    /// A free cell for an object of type `info` in space `sp`, or `None`
    /// if no block can be mapped.
    #[inline]
    pub fn alloc_cell(&mut self, sp: usize, info: &'static TypeInfo) -> Option<*mut u8> {
        let space = &mut self.spaces[sp];
        while let Some(&b) = space.blocks.get(space.cur) {
            // SAFETY: `b` is a mapped block owned by this heap.
            let block = unsafe { &mut *b };
            if let Some(idx) = find_free(block, space.cursor) {
                block.alloc[idx / 64] |= 1 << (idx % 64);
                block.live += 1;
                space.cursor = idx + 1;
                self.bytes += block.cell_size;
                self.objects += 1;
                return Some(block.cell(idx) as *mut u8);
            }
            space.cur += 1;
            space.cursor = 0;
        }
        let b = self.new_block(info)?;
        self.spaces[sp].blocks.push(b);
        self.alloc_cell(sp, info)
    }

    /// Maps (or reuses) a block for cells of `info`.
    #[cold]
    fn new_block(&mut self, info: &'static TypeInfo) -> Option<*mut Block> {
        let b = match self.spare.pop() {
            Some(b) => b,
            None => {
                let b = map_block()?;
                let base = b as usize;
                let pos = self.bases.partition_point(|&x| x < base);
                self.bases.insert(pos, base);
                self.min = self.min.min(base);
                self.max = self.max.max(base + BLOCK_SIZE);
                b
            }
        };
        let cell_size = info.size.max(1).next_multiple_of(CELL_ALIGN);
        // SAFETY: `b` is a fresh or spare block: mapped, writable, unused.
        unsafe {
            b.write(Block {
                info,
                cell_size,
                ncells: (BLOCK_SIZE - CELLS_OFFSET) / cell_size,
                live: 0,
                alloc: [0; BITMAP_WORDS],
                mark: [0; BITMAP_WORDS],
            });
        }
        Some(b)
    }

    /// The block and cell index of the allocated object containing `addr`
    /// (interior pointers included).
    #[inline]
    pub fn find(&self, addr: usize) -> Option<(*mut Block, usize)> {
        if addr < self.min || addr >= self.max {
            return None;
        }
        let base = addr & !(BLOCK_SIZE - 1);
        self.bases.binary_search(&base).ok()?;
        // SAFETY: `base` is one of this heap's mapped blocks.
        let block = unsafe { &*(base as *const Block) };
        let off = (addr - base).checked_sub(CELLS_OFFSET)?;
        let idx = off / block.cell_size;
        if idx >= block.ncells || block.alloc[idx / 64] & (1 << (idx % 64)) == 0 {
            return None;
        }
        Some((base as *mut Block, idx))
    }

    /// True if `addr` lies inside any block (allocated or not).
    pub fn in_blocks(&self, addr: usize) -> bool {
        addr >= self.min
            && addr < self.max
            && self
                .bases
                .binary_search(&(addr & !(BLOCK_SIZE - 1)))
                .is_ok()
    }

    /// Calls `f` with every block in use.
    pub fn for_each_block(&self, mut f: impl FnMut(&Block)) {
        for sp in &self.spaces {
            for &b in &sp.blocks {
                // SAFETY: `b` is a mapped block of this space.
                f(unsafe { &*b });
            }
        }
    }

    /// Frees every allocated, unmarked cell, clears the marks and returns
    /// empty blocks to the OS (keeping a few spares).
    pub fn sweep(&mut self, poison: bool) {
        let mut bytes = 0;
        let mut objects = 0;
        for sp in self.spaces.iter_mut() {
            let mut keep = Vec::with_capacity(sp.blocks.len());
            for &b in &sp.blocks {
                // SAFETY: `b` is a mapped block of this space.
                let block = unsafe { &mut *b };
                sweep_block(block, poison);
                if block.live == 0 {
                    if self.spare.len() < SPARE_BLOCKS {
                        self.spare.push(b);
                    } else {
                        let base = b as usize;
                        if let Ok(pos) = self.bases.binary_search(&base) {
                            self.bases.remove(pos);
                        }
                        unmap_block(b);
                    }
                } else {
                    bytes += block.live * block.cell_size;
                    objects += block.live;
                    keep.push(b);
                }
            }
            sp.blocks = keep;
            sp.cur = 0;
            sp.cursor = 0;
        }
        self.min = self.bases.first().copied().unwrap_or(usize::MAX);
        self.max = self.bases.last().map_or(0, |b| b + BLOCK_SIZE);
        self.bytes = bytes;
        self.objects = objects;
    }

    /// Bytes of mapped blocks.
    pub fn mapped(&self) -> usize {
        self.bases.len() * BLOCK_SIZE
    }
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

/// Drops the unmarked allocated cells of `block`; surviving cells stay
/// allocated and all marks are cleared.
fn sweep_block(block: &mut Block, poison: bool) {
    let mut live = 0;
    for wi in 0..block.ncells.div_ceil(64) {
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
        block.mark[wi] = 0;
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

/// Maps a fresh zeroed block at a `BLOCK_SIZE`-aligned address.
fn map_block() -> Option<*mut Block> {
    let len = 2 * BLOCK_SIZE;
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
        let tail = aligned + BLOCK_SIZE;
        if end > tail {
            munmap(tail as *mut u8, end - tail);
        }
    }
    Some(aligned as *mut Block)
}

/// Returns a block's memory to the OS.
fn unmap_block(b: *mut Block) {
    // SAFETY: `b` is a block this heap mapped and no longer references.
    unsafe { munmap(b as *mut u8, BLOCK_SIZE) };
}
