//! `_subprocess`, the native half of `subprocess` (`lib/subprocess.al`
//! has `Popen`, `run` and the rest): starting a program with its standard
//! streams inherited, piped, sent to `/dev/null`, to the other output or
//! to a file (`std::process::Command`, which reports a failed `exec` with
//! its errno), waiting for it by pid, sending it signals, and moving
//! `communicate`'s input and output through the pipes with `poll`, so
//! neither side can block the other.

pub mod syscalls;

use super::ModuleBuilder;
use crate::exc::error::{raise, type_error, R};
use crate::exc::os_error;
use crate::io::binary::{self, BinObj, Store};
use crate::io::file::{self, FileState, Raw};
use crate::object::{self, Kind};
use crate::objects::func::BuiltinObj;
use crate::objects::{bytes, int, str as pystr, tuple};
use crate::protocol::args::Args;
use crate::value::Value;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use syscalls::PollFd;

static SPAWN: BuiltinObj = BuiltinObj::new("spawn", spawn);
static WAIT: BuiltinObj = BuiltinObj::new("wait", wait);
static KILL: BuiltinObj = BuiltinObj::new("kill", kill);
static COMMUNICATE: BuiltinObj = BuiltinObj::new("communicate", communicate);

/// `_subprocess`'s definition, installed by `alc_rt_subprocess_link`.
pub static LINKED: super::Linked = super::Linked::new("_subprocess");

/// Defines `_subprocess`'s attributes (once linked).
pub fn init(m: &mut ModuleBuilder) -> R<()> {
    LINKED.init(m)
}

/// Defines `_subprocess`'s attributes.
pub fn define(m: &mut ModuleBuilder) -> R<()> {
    for f in [&COMMUNICATE, &KILL, &SPAWN, &WAIT] {
        m.func(f);
    }
    Ok(())
}

// ---- starting a program ----------------------------------------------------------------

/// `subprocess.PIPE`, `STDOUT` and `DEVNULL`, as CPython numbers them.
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

/// What one of the child's standard streams is connected to.
enum Conn {
    Inherit,
    /// The child's end of a descriptor (a pipe end, `/dev/null`, a file).
    Fd(OwnedFd),
}

fn io_err(e: std::io::Error) -> crate::exc::error::Pending {
    os_error::raise_io(&e, None)
}

/// A duplicate of the descriptor of the file object `v` (a file `open`
/// made, or a standard stream), or of the standard descriptor `fd`.
fn dup_of(v: Value) -> R<OwnedFd> {
    let std_fd = |n: i64| -> R<OwnedFd> {
        match n {
            0 => std::io::stdin().as_fd().try_clone_to_owned(),
            1 => std::io::stdout().as_fd().try_clone_to_owned(),
            2 => std::io::stderr().as_fd().try_clone_to_owned(),
            _ => {
                return Err(raise(
                    &crate::exc::NOT_IMPLEMENTED_ERROR,
                    "not supported yet: a file descriptor number as a subprocess stream",
                ))
            }
        }
        .map_err(io_err)
    };
    if crate::builtins::args::is_int(v) {
        return std_fd(crate::protocol::num::index(v)?);
    }
    if let Some(r) = with_file(v, |f| f.try_clone()) {
        return r.map(OwnedFd::from).map_err(io_err);
    }
    // CPython asks the object for its descriptor (a StringIO says no).
    let fd =
        crate::protocol::dispatch::call_method(v, pystr::new("fileno"), Args::positional(&[]))?;
    std_fd(crate::protocol::num::index(fd)?)
}

/// Runs `f` on the OS file under the file object `v`, if it has one.
fn with_file<T>(v: Value, f: impl FnOnce(&File) -> T) -> Option<T> {
    match v.kind() {
        Kind::BinaryIO => match &*v.as_ref::<BinObj>().store.borrow() {
            Store::File(file) => Some(f(file)),
            _ => None,
        },
        Kind::TextIO => match &file::obj(v).st.borrow().raw {
            Raw::File(file) => Some(f(file)),
            _ => None,
        },
        _ => None,
    }
}

/// The connection a stream argument asks for; a pipe's parent end goes
/// to `parent`.
fn connection(spec: Value, parent: &mut Option<File>, child_reads: bool) -> R<Conn> {
    if object::is_none(spec) {
        return Ok(Conn::Inherit);
    }
    if crate::builtins::args::is_int(spec) {
        match int::as_i64(spec) {
            Some(PIPE) => {
                let (r, w) = std::io::pipe().map_err(io_err)?;
                let (mine, theirs) = if child_reads {
                    (OwnedFd::from(w), OwnedFd::from(r))
                } else {
                    (OwnedFd::from(r), OwnedFd::from(w))
                };
                *parent = Some(File::from(mine));
                return Ok(Conn::Fd(theirs));
            }
            Some(DEVNULL) => {
                let f = std::fs::OpenOptions::new()
                    .read(child_reads)
                    .write(!child_reads)
                    .open("/dev/null")
                    .map_err(io_err)?;
                return Ok(Conn::Fd(OwnedFd::from(f)));
            }
            Some(n) if n < 0 => {
                return Err(crate::exc::error::value_error(format!(
                    "bad file descriptor {n}"
                )))
            }
            _ => {}
        }
    }
    Ok(Conn::Fd(dup_of(spec)?))
}

fn stdio(c: Conn) -> Stdio {
    match c {
        Conn::Inherit => Stdio::inherit(),
        Conn::Fd(fd) => Stdio::from(fd),
    }
}

/// The file object `Popen` keeps for a pipe's parent end: binary, or a
/// text file with `encoding`/`errors` (universal newlines) when `text`.
fn stream_object(f: File, write: bool, text: Option<(Value, Value)>) -> R<Value> {
    let name = int::from_i64(i64::from(f.as_raw_fd()));
    let Some((encoding, errors)) = text else {
        let mode = pystr::new(if write { "wb" } else { "rb" });
        return Ok(binary::new_file(f, name, mode, !write, write));
    };
    let enc_name = pystr::as_str(encoding);
    let Some(codec) = crate::io::codec::Codec::lookup(enc_name) else {
        return Err(raise(
            &crate::exc::LOOKUP_ERROR,
            format!("unknown encoding: {enc_name}"),
        ));
    };
    let handler = crate::io::codec::Errors::lookup(pystr::as_str(errors));
    let st = FileState::new(
        Raw::File(f),
        !write,
        write,
        codec,
        handler,
        crate::io::newline::Newline::Universal,
    );
    let mode = pystr::new(if write { "w" } else { "r" });
    let v = file::new(name, mode, encoding, errors, st);
    crate::io::registry::add(v);
    Ok(v)
}

/// A path-like argument as the bytes the OS gets.
fn os_arg(v: Value) -> R<Vec<u8>> {
    match crate::io::fsname::fspath(v)? {
        Some(p) => {
            let b = crate::io::fsname::os_bytes(p)?.into_owned();
            if b.contains(&0) {
                return Err(crate::exc::error::value_error("embedded null byte"));
            }
            Ok(b)
        }
        None => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            object::type_of(v).short_name()
        ))),
    }
}

/// `_subprocess.spawn(argv, executable, cwd, env, stdin, stdout, stderr,
/// text_encoding, text_errors)`: starts the program; returns
/// `(pid, stdin, stdout, stderr)`, the parent's pipe ends as file objects
/// (None where not piped). `argv` is a tuple, `env` None or a tuple of
/// `(name, value)` pairs; the streams are None, PIPE, STDOUT (stderr
/// only), DEVNULL or file objects; `text_encoding` None for binary pipes.
fn spawn(args: Args) -> R<Value> {
    let a = args.positional_range("spawn", 9, 9)?;
    let argv: Vec<Vec<u8>> = tuple::items(a[0])
        .iter()
        .map(|&v| os_arg(v))
        .collect::<R<_>>()?;
    let program_v = if object::is_none(a[1]) {
        tuple::items(a[0])[0]
    } else {
        a[1]
    };
    let program = os_arg(program_v)?;
    let mut cmd = Command::new(OsStr::from_bytes(&program));
    cmd.arg0(OsStr::from_bytes(&argv[0]));
    cmd.args(argv[1..].iter().map(|b| OsStr::from_bytes(b)));
    if !object::is_none(a[2]) {
        let cwd = os_arg(a[2])?;
        // The child reports a failed chdir as its own error, naming the
        // directory; checked here, where the name is at hand.
        match std::fs::metadata(OsStr::from_bytes(&cwd)) {
            Err(e) => return Err(os_error::raise_io(&e, Some(a[2]))),
            Ok(m) if !m.is_dir() => {
                let e = std::io::Error::from_raw_os_error(20);
                return Err(os_error::raise_io(&e, Some(a[2])));
            }
            Ok(_) => {}
        }
        cmd.current_dir(OsStr::from_bytes(&cwd));
    }
    if !object::is_none(a[3]) {
        cmd.env_clear();
        for &pair in tuple::items(a[3]) {
            let kv = tuple::items(pair);
            let (k, v) = (os_arg(kv[0])?, os_arg(kv[1])?);
            if k.is_empty() || k.contains(&b'=') {
                return Err(crate::exc::error::value_error(
                    "illegal environment variable name",
                ));
            }
            cmd.env(OsStr::from_bytes(&k), OsStr::from_bytes(&v));
        }
    }
    let (mut p_in, mut p_out, mut p_err) = (None, None, None);
    let c_in = connection(a[4], &mut p_in, true)?;
    let c_out = connection(a[5], &mut p_out, false)?;
    let c_err = if int::as_i64(a[6]) == Some(STDOUT) && crate::builtins::args::is_int(a[6]) {
        match &c_out {
            Conn::Inherit => Conn::Fd(
                std::io::stdout()
                    .as_fd()
                    .try_clone_to_owned()
                    .map_err(io_err)?,
            ),
            Conn::Fd(fd) => Conn::Fd(fd.try_clone().map_err(io_err)?),
        }
    } else {
        connection(a[6], &mut p_err, false)?
    };
    cmd.stdin(stdio(c_in))
        .stdout(stdio(c_out))
        .stderr(stdio(c_err));
    if let Err(e) = findable(&program, &cmd, !object::is_none(a[3])) {
        return Err(os_error::raise_io(&e, Some(program_v)));
    }
    let child = cmd
        .spawn()
        .map_err(|e| os_error::raise_io(&e, Some(program_v)))?;
    // Closes the child's ends in this process, so the parent sees EOF.
    drop(cmd);
    let text = (!object::is_none(a[7])).then_some((a[7], a[8]));
    let mut ends = [object::none(); 3];
    for (i, (f, write)) in [(p_in, true), (p_out, false), (p_err, false)]
        .into_iter()
        .enumerate()
    {
        if let Some(f) = f {
            ends[i] = stream_object(f, write, text)?;
        }
    }
    let pid = int::from_i64(i64::from(child.id()));
    // Dropping `child` neither waits for nor kills the process; `wait`
    // reaps it by pid.
    drop(child);
    Ok(tuple::from_slice(&[pid, ends[0], ends[1], ends[2]]))
}

/// The error `exec` would give for `program`, found as `execvp` finds it
/// (a name without `/` on the child's `PATH`), checked before starting
/// it: the child's own report says the same, but emulators (qemu's user
/// mode) start a child whose `exec` then fails without saying so. With
/// an `env` argument the `PATH` searched is the child's (CPython's
/// `/bin:/usr/bin` when it has none).
fn findable(program: &[u8], cmd: &Command, env_given: bool) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let check = |path: &std::path::Path| -> std::io::Result<()> {
        let m = std::fs::metadata(path)?;
        if m.is_dir() || m.permissions().mode() & 0o111 == 0 {
            return Err(std::io::Error::from_raw_os_error(13));
        }
        Ok(())
    };
    if program.contains(&b'/') {
        return check(std::path::Path::new(OsStr::from_bytes(program)));
    }
    let path = if env_given {
        cmd.get_envs()
            .find(|(k, _)| *k == "PATH")
            .and_then(|(_, v)| v.map(|v| v.to_os_string()))
    } else {
        std::env::var_os("PATH")
    }
    .unwrap_or_else(|| "/bin:/usr/bin".into());
    let mut err = std::io::Error::from_raw_os_error(2);
    for dir in path.as_bytes().split(|&b| b == b':') {
        let dir = if dir.is_empty() { b"." as &[u8] } else { dir };
        let full = std::path::Path::new(OsStr::from_bytes(dir)).join(OsStr::from_bytes(program));
        match check(&full) {
            Ok(()) => return Ok(()),
            // As execvp: a file found but not executable is remembered.
            Err(e) if e.raw_os_error() == Some(13) => err = e,
            Err(_) => {}
        }
    }
    Err(err)
}

// ---- waiting and signals ---------------------------------------------------------------

/// The return code of a raw wait status: the exit status, or minus the
/// signal that ended the process.
fn returncode(status: i32) -> i64 {
    let st = std::process::ExitStatus::from_raw(status);
    match (st.code(), st.signal()) {
        (Some(c), _) => i64::from(c),
        (None, Some(s)) => -i64::from(s),
        _ => i64::from(status),
    }
}

fn pid_arg(v: Value) -> R<i32> {
    let n = crate::protocol::num::index(v)?;
    i32::try_from(n).map_err(|_| crate::exc::error::overflow_error("pid out of range"))
}

/// `_subprocess.wait(pid, timeout)`: the child's return code once it has
/// ended, or None if it is still running after `timeout` seconds (None:
/// wait as long as it takes; 0: just look). Waits with growing sleeps,
/// as CPython does, so a signal handler still gets to run.
fn wait(args: Args) -> R<Value> {
    let a = args.positional_range("wait", 2, 2)?;
    let pid = pid_arg(a[0])?;
    let code = |st: Option<i32>| st.map(|s| int::from_i64(returncode(s)));
    let check = |nohang| match syscalls::wait_pid(pid, nohang) {
        Ok(st) => Ok(code(st)),
        // Someone else reaped it: CPython reports 0.
        Err(e) if e.raw_os_error() == Some(10) => Ok(Some(int::from_i64(0))),
        Err(e) => Err(io_err(e)),
    };
    if object::is_none(a[1]) {
        return Ok(check(false)?.unwrap_or_else(object::none));
    }
    let timeout = crate::protocol::num::to_f64(a[1])?;
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(timeout.max(0.0));
    let mut delay = 0.0005f64;
    loop {
        if let Some(v) = check(true)? {
            return Ok(v);
        }
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(object::none());
        }
        let left = (end - now).as_secs_f64();
        std::thread::sleep(std::time::Duration::from_secs_f64(delay.min(left)));
        delay = (delay * 2.0).min(0.05);
    }
}

/// `_subprocess.kill(pid, sig)`: sends `sig`; OSError if it cannot.
fn kill(args: Args) -> R<Value> {
    let a = args.positional_range("kill", 2, 2)?;
    let (pid, sig) = (pid_arg(a[0])?, crate::protocol::num::index(a[1])?);
    let sig = i32::try_from(sig)
        .map_err(|_| crate::exc::error::overflow_error("signal number out of range"))?;
    syscalls::send_signal(pid, sig).map_err(io_err)?;
    Ok(object::none())
}

// ---- communicate -----------------------------------------------------------------------

/// Bytes written to the child's stdin at a time: what a pipe takes
/// without blocking once `poll` says it has room (Linux's `PIPE_BUF`).
const PIPE_BUF: usize = 4096;

/// Closes the file object `v`, ignoring a broken pipe as CPython does.
fn close(v: Value) -> R<()> {
    let r = crate::protocol::dispatch::call_method(v, pystr::new("close"), Args::positional(&[]));
    if r.is_err() && crate::exc::error::take_pending_if(&crate::exc::BROKEN_PIPE_ERROR) {
        return Ok(());
    }
    r.map(|_| ())
}

/// `_subprocess.communicate(stdin, input, offset, stdout, stderr,
/// timeout)`: writes `input[offset:]` to `stdin` and reads `stdout` and
/// `stderr` (each a pipe's file object or None) until every one is done
/// or `timeout` seconds pass. Returns `(offset, stdin_done, out, out_eof,
/// err, err_eof, timed_out)` with the bytes read by this call; the caller
/// closes the output pipes that ended and calls again after a timeout.
fn communicate(args: Args) -> R<Value> {
    let a = args.positional_range("communicate", 6, 6)?;
    let (stdin, stdout, stderr) = (a[0], a[3], a[4]);
    let input = if object::is_none(a[1]) {
        Vec::new()
    } else {
        bytes::buffer_arg(a[1])?.into_owned()
    };
    let mut offset = usize::try_from(crate::protocol::num::index(a[2])?).unwrap_or(0);
    let end = if object::is_none(a[5]) {
        None
    } else {
        let t = crate::protocol::num::to_f64(a[5])?.max(0.0);
        Some(std::time::Instant::now() + std::time::Duration::from_secs_f64(t))
    };
    let fd_of = |v: Value| -> Option<i32> {
        if object::is_none(v) {
            None
        } else {
            with_file(v, |f| f.as_raw_fd())
        }
    };
    let (in_fd, out_fd, err_fd) = (fd_of(stdin), fd_of(stdout), fd_of(stderr));
    let mut in_done = in_fd.is_none() || offset >= input.len();
    let (mut out_eof, mut err_eof) = (out_fd.is_none(), err_fd.is_none());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut timed_out = false;
    while !(in_done && out_eof && err_eof) {
        let mut fds = Vec::with_capacity(3);
        let slots = [
            (in_fd, in_done, syscalls::POLLOUT),
            (out_fd, out_eof, syscalls::POLLIN),
            (err_fd, err_eof, syscalls::POLLIN),
        ];
        let mut which = Vec::with_capacity(3);
        for (i, (fd, done, events)) in slots.into_iter().enumerate() {
            if let (Some(fd), false) = (fd, done) {
                fds.push(PollFd {
                    fd,
                    events,
                    revents: 0,
                });
                which.push(i);
            }
        }
        let ms = match end {
            None => -1,
            Some(end) => {
                let now = std::time::Instant::now();
                if now >= end {
                    timed_out = true;
                    break;
                }
                i32::try_from((end - now).as_millis() + 1).unwrap_or(i32::MAX)
            }
        };
        syscalls::poll_fds(&mut fds, ms).map_err(io_err)?;
        for (pfd, &i) in fds.iter().zip(&which) {
            if pfd.revents == 0 {
                continue;
            }
            if i == 0 {
                if pfd.revents & syscalls::POLLOUT == 0 {
                    in_done = true;
                    close(stdin)?;
                    continue;
                }
                let chunk = &input[offset..(offset + PIPE_BUF).min(input.len())];
                match with_file(stdin, |mut f| f.write(chunk)) {
                    Some(Ok(n)) => offset += n,
                    // The child closed its stdin: the rest is dropped, as
                    // CPython ignores a broken pipe here.
                    Some(Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => in_done = true,
                    Some(Err(e)) => return Err(io_err(e)),
                    None => in_done = true,
                }
                if offset >= input.len() {
                    in_done = true;
                }
                if in_done {
                    // The child sees the end of its input only once the
                    // write end is closed.
                    close(stdin)?;
                }
                continue;
            }
            let (v, buf, eof) = if i == 1 {
                (stdout, &mut out, &mut out_eof)
            } else {
                (stderr, &mut err, &mut err_eof)
            };
            let mut chunk = [0u8; 32768];
            match with_file(v, |mut f| f.read(&mut chunk)) {
                Some(Ok(0)) | None => *eof = true,
                Some(Ok(n)) => buf.extend_from_slice(&chunk[..n]),
                Some(Err(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Some(Err(e)) => return Err(io_err(e)),
            }
        }
    }
    let b = object::boolean;
    Ok(tuple::from_slice(&[
        int::from_i64(offset as i64),
        b(in_done),
        bytes::from_vec(out),
        b(out_eof),
        bytes::from_vec(err),
        b(err_eof),
        b(timed_out),
    ]))
}
