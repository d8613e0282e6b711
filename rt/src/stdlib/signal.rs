//! `_signal`, the native half of `signal` (`lib/signal.al` has the
//! enums, `signal`, `getsignal` and the handler table): setting a
//! signal's action (default, ignore, or rt's recording handler with an Al
//! handler to run at the next poll point, `rt/src/exc/interrupt.rs`),
//! `raise_signal`, `kill`, `alarm`, `strsignal`, `default_int_handler`,
//! the interval timers, `pause`, `sigwait`, `pthread_sigmask`, `sigpending`.

use super::ModuleBuilder;
use crate::exc::error::R;
use crate::exc::interrupt;
use crate::exc::os_error;
use crate::object;
use crate::objects::func::BuiltinObj;
use crate::objects::{int, str as pystr};
use crate::protocol::args::Args;
use crate::protocol::num::index;
use crate::value::Value;

static SET: BuiltinObj = BuiltinObj::new("_set", set);
static RAISE_SIGNAL: BuiltinObj = BuiltinObj::new("raise_signal", raise_signal);
static KILL: BuiltinObj = BuiltinObj::new("kill", kill);
static ALARM: BuiltinObj = BuiltinObj::new("alarm", alarm);
static STRSIGNAL: BuiltinObj = BuiltinObj::new("strsignal", strsignal);
static SETITIMER: BuiltinObj = BuiltinObj::new("_setitimer", setitimer);
static GETITIMER: BuiltinObj = BuiltinObj::new("_getitimer", getitimer);
static PAUSE: BuiltinObj = BuiltinObj::new("pause", pause);
static SIGWAIT: BuiltinObj = BuiltinObj::new("_sigwait", sigwait);
static SIGMASK: BuiltinObj = BuiltinObj::new("_sigmask", sigmask);
static SIGPENDING: BuiltinObj = BuiltinObj::new("_sigpending", sigpending);
static DEFAULT_INT_HANDLER: BuiltinObj =
    BuiltinObj::new("default_int_handler", default_int_handler);

/// `_signal`'s definition, installed by `alc_rt_signal_link`.
pub static LINKED: super::Linked = super::Linked::new("_signal");

/// Defines `_signal`'s attributes (once linked).
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    LINKED.init(m)
}

/// Defines `_signal`'s attributes.
pub fn define(m: &mut ModuleBuilder) -> R<()> {
    m.value("NSIG", int::from_i64(i64::from(interrupt::NSIG)));
    for f in [
        &SET,
        &ALARM,
        &DEFAULT_INT_HANDLER,
        &KILL,
        &RAISE_SIGNAL,
        &STRSIGNAL,
        &SETITIMER,
        &GETITIMER,
        &PAUSE,
        &SIGWAIT,
        &SIGMASK,
        &SIGPENDING,
    ] {
        m.func(f);
    }
    Ok(())
}

/// A signal number argument as an `i32` (CPython's C int conversion).
fn signum(v: Value) -> R<i32> {
    let n = index(v)?;
    i32::try_from(n).map_err(|_| {
        crate::exc::error::overflow_error(if n < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

/// `_signal._set(signum, handler)`: `handler` is 0 (`SIG_DFL`), 1
/// (`SIG_IGN`) or a callable, already checked by `lib/signal.al`; OSError
/// if the OS refuses (SIGKILL, SIGSTOP).
fn set(args: Args) -> R<Value> {
    let a = args.positional_range("_set", 2, 2)?;
    let sig = signum(a[0])?;
    let h = a[1];
    let action = if crate::builtins::args::is_int(h) {
        index(h)? as usize
    } else {
        interrupt::SIG_DFL
    };
    let catch = !crate::builtins::args::is_int(h);
    if !interrupt::set_action(sig, action, catch) {
        return Err(os_error::raise_errno(22));
    }
    // SIGINT's default action in CPython is `default_int_handler`, which
    // rt's own path (no Al handler) stands for.
    interrupt::set_handler(sig, if catch { h } else { Value::NULL });
    Ok(object::none())
}

/// `signal.raise_signal(signalnum)`: the handler runs before this returns.
fn raise_signal(args: Args) -> R<Value> {
    let a = args.positional_range("raise_signal", 1, 1)?;
    let sig = signum(a[0])?;
    if !interrupt::raise_signal(sig) {
        return Err(os_error::raise_io(&std::io::Error::last_os_error(), None));
    }
    interrupt::run_pending()?;
    Ok(object::none())
}

/// `os.kill(pid, signal)`: a signal sent to this process is handled before
/// this returns, as in CPython.
fn kill(args: Args) -> R<Value> {
    let a = args.positional_range("kill", 2, 2)?;
    let pid = signum(a[0])?;
    let sig = signum(a[1])?;
    super::subprocess::syscalls::send_signal(pid, sig).map_err(|e| os_error::raise_io(&e, None))?;
    interrupt::run_pending()?;
    Ok(object::none())
}

/// `signal.alarm(seconds)`: the seconds left of the previous alarm.
fn alarm(args: Args) -> R<Value> {
    let a = args.positional_range("alarm", 1, 1)?;
    let secs = signum(a[0])?;
    // C's unsigned conversion, as CPython passes the int on.
    let left = super::subprocess::syscalls::set_alarm(secs as u32);
    Ok(int::from_i64(i64::from(left)))
}

/// `signal.strsignal(signalnum)`: the system's description, or None.
fn strsignal(args: Args) -> R<Value> {
    let a = args.positional_range("strsignal", 1, 1)?;
    let sig = signum(a[0])?;
    if !(1..interrupt::NSIG).contains(&sig) {
        return Err(crate::exc::error::value_error("signal number out of range"));
    }
    Ok(match super::subprocess::syscalls::describe_signal(sig) {
        Some(s) if !s.starts_with("Unknown signal") => pystr::from_string(s),
        _ => object::none(),
    })
}

/// `signal.default_int_handler(signalnum, frame)`: raises
/// KeyboardInterrupt.
fn default_int_handler(_args: Args) -> R<Value> {
    Err(interrupt::keyboard_interrupt())
}

// ---- timers, waiting and masks (`lib/signal.al` checks the arguments) -------------------

use super::subprocess::syscalls;

fn pair(p: (f64, f64)) -> Value {
    crate::objects::tuple::from_slice(&[
        crate::objects::float::new(p.0),
        crate::objects::float::new(p.1),
    ])
}

/// `_signal._setitimer(which, seconds, interval)` (floats): the previous
/// (delay, interval); OSError for a bad `which`.
fn setitimer(args: Args) -> R<Value> {
    let a = args.positional_range("_setitimer", 3, 3)?;
    let which = signum(a[0])?;
    let v = crate::objects::float::value(a[1]);
    let i = crate::objects::float::value(a[2]);
    let old = syscalls::set_timer(which, v, i).map_err(|e| os_error::raise_io(&e, None))?;
    Ok(pair(old))
}

/// `_signal._getitimer(which)`: the (delay, interval) left.
fn getitimer(args: Args) -> R<Value> {
    let a = args.positional_range("_getitimer", 1, 1)?;
    let which = signum(a[0])?;
    let cur = syscalls::get_timer(which).map_err(|e| os_error::raise_io(&e, None))?;
    Ok(pair(cur))
}

/// `signal.pause()`: sleeps until a signal is caught, then runs its
/// handler.
fn pause(args: Args) -> R<Value> {
    args.positional_range("pause", 0, 0)?;
    syscalls::wait_for_signal();
    interrupt::run_pending()?;
    Ok(object::none())
}

/// The signal numbers of a tuple of ints.
fn numbers(v: Value) -> R<Vec<i32>> {
    let mut out = Vec::new();
    for x in crate::objects::tuple::items(v) {
        out.push(signum(*x)?);
    }
    Ok(out)
}

fn int_list(v: Vec<i32>) -> Value {
    crate::objects::list::from_vec(v.into_iter().map(|s| int::from_i64(i64::from(s))).collect())
}

/// `_signal._sigwait(tuple)`: the number of the pending signal taken.
fn sigwait(args: Args) -> R<Value> {
    let a = args.positional_range("_sigwait", 1, 1)?;
    let sigs = numbers(a[0])?;
    let sig = syscalls::wait_signal(&sigs).map_err(|e| os_error::raise_io(&e, None))?;
    Ok(int::from_i64(i64::from(sig)))
}

/// `_signal._sigmask(how, tuple)`: the previous mask as a list.
fn sigmask(args: Args) -> R<Value> {
    let a = args.positional_range("_sigmask", 2, 2)?;
    let how = signum(a[0])?;
    let sigs = numbers(a[1])?;
    let old = syscalls::change_mask(how, &sigs, interrupt::NSIG)
        .map_err(|e| os_error::raise_io(&e, None))?;
    interrupt::run_pending()?;
    Ok(int_list(old))
}

/// `_signal._sigpending()`: the pending blocked signals as a list.
fn sigpending(args: Args) -> R<Value> {
    args.positional_range("_sigpending", 0, 0)?;
    let s = syscalls::pending_signals(interrupt::NSIG).map_err(|e| os_error::raise_io(&e, None))?;
    Ok(int_list(s))
}
