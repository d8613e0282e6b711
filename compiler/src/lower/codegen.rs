//! Machine-code generation of the lowered functions. Lowering only builds
//! Cranelift IR; the functions wait here until the whole program is
//! lowered and are then compiled on every core (code generation is most of
//! alc's compile time, and each function compiles independently), and
//! defined in the object file in the order they were lowered, so the
//! output does not depend on the thread count.

use crate::diagnostics::Diagnostic;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::Context;
use cranelift_module::{FuncId, Module, ModuleReloc};
use cranelift_object::ObjectModule;

/// One function's machine code, ready to be placed in the object file.
struct Compiled {
    id: FuncId,
    alignment: u64,
    bytes: Vec<u8>,
    relocs: Vec<ModuleReloc>,
}

/// Compiles `funcs` (with their ids) and defines them in `module`.
pub fn compile_all(
    module: &mut ObjectModule,
    funcs: Vec<(FuncId, Function)>,
) -> Result<(), Diagnostic> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16)
        .min(funcs.len().max(1));
    let isa = module.isa();
    let results: Vec<Result<Compiled, String>> = if threads <= 1 {
        funcs
            .into_iter()
            .map(|(id, f)| compile(isa, id, f))
            .collect()
    } else {
        // Round-robin, so the big functions (module bodies, which tend to
        // come together) spread over the threads.
        let mut shares: Vec<Vec<(usize, FuncId, Function)>> =
            (0..threads).map(|_| Vec::new()).collect();
        let n = funcs.len();
        for (i, (id, f)) in funcs.into_iter().enumerate() {
            shares[i % threads].push((i, id, f));
        }
        let mut slots: Vec<Option<Result<Compiled, String>>> = (0..n).map(|_| None).collect();
        std::thread::scope(|s| {
            let handles: Vec<_> = shares
                .into_iter()
                .map(|share| {
                    s.spawn(move || {
                        share
                            .into_iter()
                            .map(|(i, id, f)| (i, compile(isa, id, f)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for h in handles {
                match h.join() {
                    Ok(done) => {
                        for (i, r) in done {
                            slots[i] = Some(r);
                        }
                    }
                    Err(_) => {
                        // A panic inside Cranelift: reported below as the
                        // functions it left uncompiled.
                    }
                }
            }
        });
        slots
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err("code generation thread failed".to_string())))
            .collect()
    };
    for r in results {
        let c = r.map_err(super::internal)?;
        module
            .define_function_bytes(c.id, c.alignment, &c.bytes, &c.relocs)
            .map_err(|e| super::internal(format!("{e:?}")))?;
    }
    Ok(())
}

fn compile(isa: &dyn TargetIsa, id: FuncId, func: Function) -> Result<Compiled, String> {
    let mut ctx = Context::for_function(func);
    let alignment = ctx
        .compile(isa, &mut ControlPlane::default())
        .map_err(|e| format!("{:?}", e.inner))?
        .buffer
        .alignment as u64;
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
    })
}
