//! Target selection: builds the Cranelift ISA for `--target` (or the host)
//! with the settings ARCHITECTURE.md explains (PIC, frame pointers).

use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use std::str::FromStr;
use target_lexicon::Triple;

/// Targets alc supports.
pub const SUPPORTED: &[&str] = &["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"];

/// Parses and checks a target triple; `None` means the host.
pub fn triple(target: Option<&str>) -> Result<Triple, String> {
    let name = match target {
        Some(t) => t.to_string(),
        None => Triple::host().to_string(),
    };
    if !SUPPORTED.contains(&name.as_str()) {
        return Err(format!(
            "unsupported target '{name}' (supported: {})",
            SUPPORTED.join(", ")
        ));
    }
    Triple::from_str(&name).map_err(|e| format!("bad target '{name}': {e}"))
}

/// The ISA for `triple`; `optimize` selects `opt_level=speed`.
pub fn isa(triple: &Triple, optimize: bool) -> Result<OwnedTargetIsa, String> {
    isa_with(triple, optimize, true)
}

/// The ISA the JIT compiles for (`crate::jit`): the host's, with code
/// that is not position-independent (its calls reach rt through absolute
/// addresses, which is what `cranelift_jit` links).
pub fn jit_isa() -> Result<OwnedTargetIsa, String> {
    isa_with(&Triple::host(), false, false)
}

fn isa_with(triple: &Triple, optimize: bool, pic: bool) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    set(
        &mut flags,
        "opt_level",
        if optimize { "speed" } else { "none" },
    )?;
    set(&mut flags, "is_pic", if pic { "true" } else { "false" })?;
    if !pic {
        // Calls from JIT memory to rt are far: no 32-bit displacements.
        set(&mut flags, "use_colocated_libcalls", "false")?;
        set(&mut flags, "regalloc_algorithm", "single_pass")?;
    }
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // The verifier costs compile time; debug builds of alc (or ALC_VERIFY=1) keep it on.
    set(
        &mut flags,
        "enable_verifier",
        if cfg!(debug_assertions) || std::env::var_os("ALC_VERIFY").is_some() {
            "true"
        } else {
            "false"
        },
    )?;
    let builder = isa::lookup(triple.clone()).map_err(|e| format!("target {triple}: {e}"))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("target {triple}: {e}"))
}
