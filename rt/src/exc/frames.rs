//! The Al frames on the stack, innermost first, found by walking the
//! frame-pointer chain (generated code keeps frame pointers, and rt is
//! built with them: `.cargo/config.toml`) and naming each return address
//! through the code map the compiler emits (`layout::CODE_MAP_*`): the
//! function whose code holds it, that function's `CodeInfo`, and the
//! traceback site of the call. `warnings`, `logging` and
//! `traceback.extract_stack` read the caller's file, line and function
//! from here; there are no frame objects (docs/language.md).

use crate::exc::traceback::{CodeInfo, TbSite};
use crate::state::{Global, GlobalCell};
use alrt_abi::layout;

/// One compiled function of the code map.
struct Code {
    start: usize,
    end: usize,
    info: &'static CodeInfo,
    /// (return offset, traceback site), sorted by offset.
    calls: &'static [[u32; 2]],
}

/// The program's code map, sorted by address; empty until `init`.
static MAP: GlobalCell<Vec<Code>> = GlobalCell::new(Vec::new());

/// The addresses the code map covers: from the first function's start to
/// the last one's end (generated code is one contiguous stretch of text).
static CODE_RANGE: Global<(usize, usize)> = Global::new((0, 0));

/// One Al frame: its code and where in it the call that is running is.
#[derive(Clone, Copy)]
pub struct Frame {
    pub info: &'static CodeInfo,
    pub site: TbSite,
}

/// Reads the code map at address `code_map` (the compiler's table: a
/// count, then entries) once at start-up.
pub fn init(code_map: usize) {
    if code_map == 0 {
        return;
    }
    let code_map = code_map as *const u64;
    // SAFETY: the C `main` passes the address of the code map the compiler
    // emitted in the executable's data: a u64 count followed by that many
    // entries of `CODE_MAP_ENTRY_SIZE` bytes, alive for the whole run.
    let n = unsafe { code_map.read() } as usize;
    let base = code_map as usize + 8;
    let mut map = Vec::with_capacity(n);
    for k in 0..n {
        let at = base + k * layout::CODE_MAP_ENTRY_SIZE;
        let word = |off: usize| -> usize {
            // SAFETY: `at + off` is a word of entry `k` (see above),
            // 8-byte aligned as the compiler aligns the table.
            unsafe { ((at + off) as *const usize).read() }
        };
        let start = word(layout::CODE_MAP_FUNC);
        let len = word(layout::CODE_MAP_LEN);
        let info = word(layout::CODE_MAP_INFO) as *const CodeInfo;
        let calls_ptr = word(layout::CODE_MAP_CALLS) as *const [u32; 2];
        let ncalls = word(layout::CODE_MAP_NCALLS);
        if info.is_null() {
            continue;
        }
        // SAFETY: the entry's `CodeInfo` is static data the compiler
        // emitted (`traceback::CodeInfo`), and its call table holds
        // `ncalls` pairs of u32s in read-only data, both alive for the run.
        let (info, calls) = unsafe {
            let calls = if calls_ptr.is_null() || ncalls == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(calls_ptr, ncalls)
            };
            (&*info, calls)
        };
        map.push(Code {
            start,
            end: start + len,
            info,
            calls,
        });
    }
    map.sort_unstable_by_key(|c| c.start);
    if let (Some(first), Some(end)) = (map.first(), map.iter().map(|c| c.end).max()) {
        CODE_RANGE.set((first.start, end));
    }
    MAP.with(|m| *m = map);
}

/// The frame of the generated code a return address `ra` belongs to,
/// when it is the return address of a call the compiler mapped.
fn frame_at(map: &[Code], ra: usize) -> Option<Frame> {
    let i = map.partition_point(|c| c.start < ra);
    let code = &map[i.checked_sub(1)?];
    if ra > code.end {
        return None;
    }
    let off = u32::try_from(ra - code.start).ok()?;
    let k = code.calls.binary_search_by_key(&off, |c| c[0]).ok()?;
    let site = code.info.site(code.calls[k][1])?;
    Some(Frame {
        info: code.info,
        site,
    })
}

/// The Al frames of the running program, innermost first: the frame that
/// called into rt, then its caller, and so on up to the module body.
#[inline(never)]
pub fn stack() -> Vec<Frame> {
    walk(usize::MAX)
}

/// The innermost return addresses into generated code (of the calls that
/// led into rt), each as 1 + its offset from the start of generated code
/// (0: none): a few loads and no lookup, for what is looked up only if
/// ever needed (a coroutine's creation site, `objects::unawaited`;
/// `innermost_of` names it). Entries and thunks without a source
/// location come first, so several are kept.
#[inline(never)]
pub fn innermost_offsets() -> [u32; 3] {
    let (lo, hi) = CODE_RANGE.get();
    let top = crate::gc::stack_top();
    let mut fp = frame_pointer();
    let mut out = [0; 3];
    let mut n = 0;
    // rt's own frames between here and generated code are few.
    for _ in 0..16 {
        if n == out.len() || fp == 0 || !fp.is_multiple_of(8) || fp + 16 > top {
            break;
        }
        let (next, ra) = read_record(fp);
        if ra > lo && ra <= hi {
            out[n] = u32::try_from(ra - lo + 1).unwrap_or(0);
            n += 1;
        }
        if next <= fp {
            break;
        }
        fp = next;
    }
    out
}

/// The innermost Al frame among return addresses `innermost_offsets`
/// gave: the first the code map names.
pub fn innermost_of(offs: [u32; 3]) -> Option<Frame> {
    let lo = CODE_RANGE.get().0;
    MAP.with(|map| {
        offs.iter()
            .filter(|&&off| off != 0)
            .find_map(|&off| frame_at(map, lo + off as usize - 1))
    })
}

/// At most `limit` Al frames, innermost first.
#[inline(always)]
fn walk(limit: usize) -> Vec<Frame> {
    let top = crate::gc::stack_top();
    let mut fp = frame_pointer();
    let mut frames = Vec::new();
    MAP.with(|map| {
        if map.is_empty() || top == 0 {
            return;
        }
        // Each frame record is (caller's frame pointer, return address),
        // at higher addresses as the walk goes out; anything else ends it.
        while fp != 0 && fp.is_multiple_of(8) && fp + 16 <= top && frames.len() < limit {
            let (next, ra) = read_record(fp);
            if let Some(f) = frame_at(map, ra) {
                frames.push(f);
            }
            if next <= fp {
                break;
            }
            fp = next;
        }
    });
    frames
}

/// The frame record at `fp`: the saved frame pointer and return address.
fn read_record(fp: usize) -> (usize, usize) {
    // SAFETY: `fp` is a frame pointer of this thread's chain, 8-byte
    // aligned and below the stack top (`stack` checks both), so the two
    // words of its frame record are mapped stack memory.
    unsafe {
        (
            (fp as *const usize).read_volatile(),
            ((fp + 8) as *const usize).read_volatile(),
        )
    }
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads the frame-pointer register; nothing else is touched.
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags));
    }
    fp
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads the frame-pointer register; nothing else is touched.
    unsafe {
        std::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags));
    }
    fp
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("the frame walk needs the frame-pointer register of this architecture");
