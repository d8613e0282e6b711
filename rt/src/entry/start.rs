//! Program start: runs the compiled module body on a big stack, reports an
//! uncaught exception like CPython and sets the exit status, then runs the
//! finalisers of what is left (CPython's shutdown closes the generators the
//! module still holds).

use crate::objects::module::ModuleDesc;
use crate::value::Value;

/// Stack for Al code: deep recursion (`fact(50000)`) must run natively.
const STACK_SIZE: usize = 1 << 30;
/// The smallest stack tried when the address space is limited (`ulimit
/// -v`): the stack is halved from `STACK_SIZE` until one can be reserved.
const MIN_STACK_SIZE: usize = 16 << 20;
/// Room kept below the RecursionError limit for rt and the error path.
const STACK_RESERVE: usize = 4 << 20;

/// Called from the `main` symbol the compiler emits, with the program's
/// module table (`modules[0]` is the main module, `__main__`; each
/// descriptor names the zeroed word where its module's object is put when
/// it is created, which compiled code compares with); `code_map` says
/// which code is which Al function (`exc::frames`).
#[no_mangle]
pub extern "C" fn alc_rt_start(
    argc: i32,
    argv: *const *const u8,
    modules: *const &'static ModuleDesc,
    nmodules: usize,
    code_map: *const u64,
) -> i32 {
    crate::stdlib::sys::set_argv(command_line(argc, argv));
    crate::exc::frames::init(code_map as usize);
    // Plain words, so the program thread can take them.
    let table_addr = modules as usize;
    crate::builtins::output::init();
    crate::exc::interrupt::install();
    let spawn = |size: usize| {
        std::thread::Builder::new()
            .stack_size(size)
            .spawn(move || run(table_addr, nmodules, size))
    };
    let started = spawn(STACK_SIZE).or_else(|_| {
        // Under an address-space limit (`ulimit -v`) the full stack may not
        // fit: find the largest that does, and take half of it, leaving the
        // rest of the room to the heap.
        // Each probe is joined: its stack (and the rest of its room) must
        // be unmapped before the program thread's heap grows into it.
        let mut size = STACK_SIZE / 2;
        while size > MIN_STACK_SIZE
            && std::thread::Builder::new()
                .stack_size(size)
                .spawn(|| ())
                .map(|probe| probe.join())
                .is_err()
        {
            size /= 2;
        }
        spawn((size / 2).max(MIN_STACK_SIZE))
    });
    let status = match started {
        Ok(h) => {
            let mask = crate::exc::interrupt::block_this_thread();
            let status = h.join().unwrap_or(70);
            crate::exc::interrupt::restore_mask(mask);
            status
        }
        Err(_) => {
            crate::builtins::output::write_err("Fatal: could not allocate the program stack\n");
            70
        }
    };
    let status = crate::builtins::output::flush_at_exit(status);
    crate::exc::interrupt::exit_if_interrupted();
    status
}

/// The command line as the C `main` received it.
fn command_line(argc: i32, argv: *const *const u8) -> Vec<Vec<u8>> {
    let mut args = Vec::new();
    if argv.is_null() {
        return args;
    }
    for i in 0..argc.max(0) as usize {
        // SAFETY: the C runtime passes `argc` pointers to NUL-terminated
        // strings that live for the whole run.
        let p = unsafe { *argv.add(i) };
        if p.is_null() {
            break;
        }
        // SAFETY: as above: `p` is a NUL-terminated C string.
        let s = unsafe { std::ffi::CStr::from_ptr(p as *const std::ffi::c_char) };
        args.push(s.to_bytes().to_vec());
    }
    args
}

/// Imports the main module (module 0 of the table at `table`, `n`
/// entries) on the current thread, whose stack is `size` bytes: reports an
/// uncaught exception and runs the exit finalisers; returns the exit
/// status.
fn run(table: usize, n: usize, size: usize) -> i32 {
    let marker = 0u8;
    let top = &marker as *const u8 as usize;
    crate::exc::recursion::set_stack(top.saturating_sub(size), STACK_RESERVE);
    crate::gc::set_stack_top(top);
    crate::gc::oom::arm();
    let table: &'static [&'static ModuleDesc] = if n == 0 || table == 0 {
        &[]
    } else {
        // SAFETY: `alc_rt_start` received the address of `n` descriptor
        // addresses the compiler emitted in read-only data, alive for the run.
        unsafe { std::slice::from_raw_parts(table as *const &'static ModuleDesc, n) }
    };
    crate::protocol::import::set_table(table);
    let r = crate::protocol::import::import(0);
    let status = if r.is_err() { report_uncaught() } else { 0 };
    // After the report, as CPython finalises at shutdown: what died
    // before, then `weakref.finalize`'s exit function (CPython's `atexit`),
    // then what is still registered. A finaliser's exception is reported,
    // never changes the status.
    crate::objects::unawaited::on_exit();
    crate::gc::finalize::run_ready();
    crate::stdlib::weakref::run_exit_hooks();
    crate::gc::finalize::run_at_exit();
    crate::gc::stop();
    status
}

/// Prints the pending exception's traceback; returns the exit status.
fn report_uncaught() -> i32 {
    let exc = crate::exc::error::take_pending();
    if crate::object::isinstance(exc, &crate::exc::SYSTEM_EXIT) {
        return system_exit_status(exc);
    }
    if crate::object::isinstance(exc, &crate::exc::KEYBOARD_INTERRUPT) {
        crate::exc::interrupt::set_die_by_sigint();
    }
    let text = crate::exc::traceback::format_uncaught(exc);
    crate::builtins::output::write_err(&text);
    1
}

/// `raise SystemExit(code)`: None → 0, an int → that status, else print it → 1.
fn system_exit_status(exc: Value) -> i32 {
    let e = exc.as_ref::<crate::exc::ExcObj>();
    let args = crate::objects::tuple::items(e.args.get());
    let code = match args {
        [] => return 0,
        [one] => *one,
        _ => e.args.get(),
    };
    if crate::object::is_none(code) {
        return 0;
    }
    if code.is_small() {
        return code.small() as i32;
    }
    // bool is an int: `sys.exit(False)` is status 0 (unittest.main's).
    if code.kind() == crate::object::Kind::Bool {
        return i32::from(code == crate::object::boolean(true));
    }
    let text = crate::protocol::dispatch::str_of(code).unwrap_or_default();
    crate::builtins::output::write_err(&format!("{text}\n"));
    1
}
