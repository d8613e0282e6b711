//! Conservative scan of the program thread's native stack, with the
//! callee-saved registers spilled first so values held only in registers
//! by compiled code or rt frames are seen.

use super::Tracer;

/// Callee-saved general registers, spilled to this frame before the scan.
/// Caller-saved registers need no spill: every frame above us that still
/// needs one saved it on its own stack before calling down.
#[cfg(target_arch = "x86_64")]
type Spill = [usize; 6];
#[cfg(target_arch = "aarch64")]
type Spill = [usize; 12];
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("the collector needs a register spill for this architecture");

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn spill(regs: &mut Spill) -> usize {
    let sp: usize;
    // SAFETY: stores six registers into the six-word array `regs` points
    // to and reads the stack pointer; no other state is touched.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            "mov {sp}, rsp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    sp
}

#[cfg(target_arch = "aarch64")]
#[inline(always)]
fn spill(regs: &mut Spill) -> usize {
    let sp: usize;
    // SAFETY: stores twelve registers into the twelve-word array `regs`
    // points to and reads the stack pointer; no other state is touched.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]",
            "stp x21, x22, [{r}, #16]",
            "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            "stp x27, x28, [{r}, #64]",
            "stp x29, x30, [{r}, #80]",
            "mov {sp}, sp",
            r = in(reg) regs.as_mut_ptr(),
            sp = out(reg) sp,
            options(nostack, preserves_flags),
        );
    }
    sp
}

/// Marks every object a word between the stack pointer and `top` points
/// into (interior pointers included), and the spilled registers.
#[inline(never)]
pub fn scan(t: &mut Tracer, top: usize) {
    let mut regs: Spill = [0; std::mem::size_of::<Spill>() / 8];
    let sp = spill(&mut regs);
    for &w in std::hint::black_box(&regs).iter() {
        t.conservative(w, sp, top);
    }
    let mut addr = sp & !7;
    while addr < top {
        // SAFETY: `[sp, top)` is the live part of this thread's stack,
        // mapped and readable; the words may be uninitialised padding,
        // which is fine for a conservative scan (read as plain integers).
        let w = unsafe { (addr as *const usize).read_volatile() };
        t.conservative(w, sp, top);
        addr += 8;
    }
    std::hint::black_box(&regs);
}
