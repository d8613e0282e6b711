//! `_os`'s files and directories: listing (`listdir`, `scandir`),
//! creating, removing, renaming and linking, `chmod`, and `stat`.

use super::{c_int, flag, make, no_dir_fd, none, os_error, path_arg, Accept, PathArg};
use crate::builtins::args::{bind_clinic, opt};
use crate::exc::error::{raise, R};
use crate::gc::RootedVec;
use crate::io::fsname;
use crate::object;
use crate::objects::{int, list, tuple};
use crate::protocol::args::Args;
use crate::value::Value;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, DirEntryExt, MetadataExt, PermissionsExt};

// ---- files and directories ------------------------------------------------------------

pub(super) fn listdir(args: Args) -> R<Value> {
    let [p] = bind_clinic("listdir", &args, ["path"], 0, 0)?;
    let p = match opt(p) {
        None => PathArg::dot(),
        Some(v) => path_arg("listdir", "path", Some(v), Accept::PathFdOrNone)?,
    };
    let out = list::from_vec(Vec::new());
    for (name, _, _) in read_dir(&p)? {
        list::ops::append(out, p.name(&name)?);
    }
    Ok(out)
}

/// The entries of directory `p` in the order the OS returns them (which
/// is CPython's order): name, kind (`KIND_*`) and inode number.
pub(super) fn read_dir(p: &PathArg) -> R<Vec<(Vec<u8>, i64, u64)>> {
    let err = |e: std::io::Error| os_error(&e, Some(p.value), None);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(p.os()).map_err(err)? {
        let entry = entry.map_err(err)?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => KIND_LINK,
            Ok(t) if t.is_dir() => KIND_DIR,
            Ok(t) if t.is_file() => KIND_FILE,
            Ok(_) => KIND_OTHER,
            Err(_) => KIND_UNKNOWN,
        };
        out.push((entry.file_name().as_bytes().to_vec(), kind, entry.ino()));
    }
    Ok(out)
}

/// What a directory entry is, as `_scandir` reports it to `os.DirEntry`.
pub(super) const KIND_UNKNOWN: i64 = 0;
pub(super) const KIND_DIR: i64 = 1;
pub(super) const KIND_FILE: i64 = 2;
pub(super) const KIND_LINK: i64 = 3;
pub(super) const KIND_OTHER: i64 = 4;

/// `os.scandir(path=None)`: a `ScandirIterator` (`lib/os.al`) over the
/// entries of the directory, as `(name, kind, inode)` tuples.
pub(super) fn scandir(args: Args) -> R<Value> {
    let [p] = bind_clinic("scandir", &args, ["path"], 0, 0)?;
    let p = match opt(p) {
        None => PathArg::dot(),
        Some(v) => path_arg("scandir", "path", Some(v), Accept::PathFdOrNone)?,
    };
    let entries = read_dir(&p)?;
    let out = list::from_vec(Vec::new());
    for (name, kind, ino) in entries {
        let name = p.name(&name)?;
        let ino = int::from_i128(ino as i128);
        let t = tuple::from_slice(&[name, Value::from_small(kind), ino]);
        list::ops::append(out, t);
    }
    // Entries' paths join a bytes-like path's bytes (CPython's are bytes).
    let top = if p.bytes && !fsname::is_bytes(p.value) {
        crate::objects::bytes::new_bytes(p.os().as_os_str().as_bytes())
    } else {
        p.value
    };
    make(1, &[top, out])
}

pub(super) fn mkdir(args: Args) -> R<Value> {
    let [p, mode, dir_fd] =
        crate::stdlib::bind("mkdir", &args, ["path", "mode", "dir_fd"], 0, 2, 1)?;
    let p = path_arg("mkdir", "path", p, Accept::Path)?;
    let mode = match mode {
        Some(m) => c_int(m)?,
        None => 0o777,
    };
    no_dir_fd("mkdir", dir_fd)?;
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(p.os())
        .map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

pub(super) fn rmdir(args: Args) -> R<Value> {
    let [p, dir_fd] = crate::stdlib::bind("rmdir", &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg("rmdir", "path", p, Accept::Path)?;
    no_dir_fd("rmdir", dir_fd)?;
    std::fs::remove_dir(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

pub(super) fn remove(args: Args) -> R<Value> {
    unlink_as("remove", args)
}

pub(super) fn unlink(args: Args) -> R<Value> {
    unlink_as("unlink", args)
}

/// `remove` and `unlink`, which are the same call.
pub(super) fn unlink_as(fname: &str, args: Args) -> R<Value> {
    let [p, dir_fd] = crate::stdlib::bind(fname, &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg(fname, "path", p, Accept::Path)?;
    no_dir_fd(fname, dir_fd)?;
    std::fs::remove_file(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

pub(super) fn rename(args: Args) -> R<Value> {
    rename_as("rename", args)
}

pub(super) fn replace(args: Args) -> R<Value> {
    rename_as("replace", args)
}

/// `rename` and `replace`, which are the same call on POSIX.
pub(super) fn rename_as(fname: &str, args: Args) -> R<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd"];
    let [src, dst, sfd, dfd] = crate::stdlib::bind(fname, &args, names, 0, 2, 2)?;
    let src = path_arg(fname, "src", src, Accept::Path)?;
    let dst = path_arg(fname, "dst", dst, Accept::Path)?;
    no_dir_fd(fname, sfd)?;
    no_dir_fd(fname, dfd)?;
    std::fs::rename(src.os(), dst.os())
        .map_err(|e| os_error(&e, Some(src.value), Some(dst.value)))?;
    none()
}

pub(super) fn symlink(args: Args) -> R<Value> {
    let names = ["src", "dst", "target_is_directory", "dir_fd"];
    let [src, dst, _, dir_fd] = crate::stdlib::bind("symlink", &args, names, 0, 3, 2)?;
    let src = path_arg("symlink", "src", src, Accept::Path)?;
    let dst = path_arg("symlink", "dst", dst, Accept::Path)?;
    no_dir_fd("symlink", dir_fd)?;
    std::os::unix::fs::symlink(src.os(), dst.os())
        .map_err(|e| os_error(&e, Some(src.value), Some(dst.value)))?;
    none()
}

pub(super) fn link(args: Args) -> R<Value> {
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    let [src, dst, sfd, dfd, follow] = crate::stdlib::bind("link", &args, names, 0, 2, 2)?;
    let src = path_arg("link", "src", src, Accept::Path)?;
    let dst = path_arg("link", "dst", dst, Accept::Path)?;
    no_dir_fd("link", sfd)?;
    no_dir_fd("link", dfd)?;
    let err = |e: std::io::Error| os_error(&e, Some(src.value), Some(dst.value));
    // std links a symbolic link itself; CPython's default follows it to
    // the file it names.
    let is_link = std::fs::symlink_metadata(src.os()).is_ok_and(|m| m.file_type().is_symlink());
    let from = if is_link && flag(follow, true)? {
        std::fs::canonicalize(src.os()).map_err(err)?
    } else {
        src.os.clone()
    };
    std::fs::hard_link(from, dst.os()).map_err(err)?;
    none()
}

pub(super) fn readlink(args: Args) -> R<Value> {
    let [p, dir_fd] = crate::stdlib::bind("readlink", &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg("readlink", "path", p, Accept::Path)?;
    no_dir_fd("readlink", dir_fd)?;
    match std::fs::read_link(p.os()) {
        Ok(t) => p.name(t.as_os_str().as_bytes()),
        Err(e) => Err(os_error(&e, Some(p.value), None)),
    }
}

pub(super) fn chmod(args: Args) -> R<Value> {
    let names = ["path", "mode", "dir_fd", "follow_symlinks"];
    let [p, mode, dir_fd, follow] = crate::stdlib::bind("chmod", &args, names, 0, 2, 2)?;
    let p = path_arg("chmod", "path", p, Accept::PathOrFd)?;
    let mode = c_int(mode.unwrap_or_else(object::none))?;
    no_dir_fd("chmod", dir_fd)?;
    if !flag(follow, true)? {
        // Linux cannot change a symbolic link's own mode: glibc's
        // fchmodat refuses, and CPython 3.11 reports that so; other
        // files are changed as with follow_symlinks.
        let m = std::fs::symlink_metadata(p.os()).map_err(|e| os_error(&e, Some(p.value), None))?;
        if m.file_type().is_symlink() {
            return Err(raise(
                &crate::exc::NOT_IMPLEMENTED_ERROR,
                "chmod: follow_symlinks unavailable on this platform",
            ));
        }
    }
    let perms = std::fs::Permissions::from_mode(mode as u32);
    std::fs::set_permissions(p.os(), perms).map_err(|e| os_error(&e, Some(p.value), None))?;
    none()
}

pub(super) fn stat(args: Args) -> R<Value> {
    let t = raw_stat(args)?;
    make(0, &[t])
}

pub(super) fn lstat(args: Args) -> R<Value> {
    let t = raw_lstat(args)?;
    make(0, &[t])
}

/// `_os._stat(...)`: `os.stat` as the plain tuple of `stat_tuple` (for
/// `os.path`, which reads a field or two).
pub(super) fn raw_stat(args: Args) -> R<Value> {
    let names = ["path", "dir_fd", "follow_symlinks"];
    let [p, dir_fd, follow] = crate::stdlib::bind("stat", &args, names, 0, 1, 1)?;
    if let Some(v) = p.filter(|&v| crate::builtins::args::is_int(v)) {
        // A descriptor: fstat, whose OSError names the descriptor.
        let fd = super::c_int(v)?;
        let m = super::posix::fd_metadata(fd).map_err(|e| super::errno_error(e, Some(v), None))?;
        return Ok(metadata_tuple(&m));
    }
    let p = path_arg("stat", "path", p, Accept::PathOrFd)?;
    no_dir_fd("stat", dir_fd)?;
    stat_tuple(p, flag(follow, true)?)
}

/// `_os._lstat(...)`: `os.lstat` as a plain tuple.
pub(super) fn raw_lstat(args: Args) -> R<Value> {
    let [p, dir_fd] = crate::stdlib::bind("lstat", &args, ["path", "dir_fd"], 0, 1, 1)?;
    let p = path_arg("lstat", "path", p, Accept::Path)?;
    no_dir_fd("lstat", dir_fd)?;
    stat_tuple(p, false)
}

/// The 19 fields of `os.stat_result` for path `p`, in CPython's order:
/// mode, inode, device, links, uid, gid, size, the three times as ints,
/// as floats, in nanoseconds, then block size, blocks and rdev.
pub(super) fn stat_tuple(p: PathArg, follow: bool) -> R<Value> {
    let m = if follow {
        std::fs::metadata(p.os())
    } else {
        std::fs::symlink_metadata(p.os())
    }
    .map_err(|e| os_error(&e, Some(p.value), None))?;
    Ok(metadata_tuple(&m))
}

/// `stat_tuple`'s fields for metadata `m`.
pub(super) fn metadata_tuple(m: &std::fs::Metadata) -> Value {
    let times = [
        (m.atime(), m.atime_nsec()),
        (m.mtime(), m.mtime_nsec()),
        (m.ctime(), m.ctime_nsec()),
    ];
    let mut v = RootedVec::new();
    for n in [m.mode() as u64, m.ino(), m.dev(), m.nlink()] {
        v.push(int::from_i128(n as i128));
    }
    v.push(int::from_i64(m.uid() as i64));
    v.push(int::from_i64(m.gid() as i64));
    v.push(int::from_i128(m.size() as i128));
    for (s, _) in times {
        v.push(int::from_i64(s));
    }
    for (s, ns) in times {
        // CPython: seconds plus nanoseconds times 1e-9, in floats.
        v.push(crate::objects::float::new(s as f64 + ns as f64 * 1e-9));
    }
    for (s, ns) in times {
        v.push(int::from_i128(s as i128 * 1_000_000_000 + ns as i128));
    }
    v.push(int::from_i128(m.blksize() as i128));
    v.push(int::from_i128(m.blocks() as i128));
    v.push(int::from_i128(m.rdev() as i128));
    tuple::from_slice(&v)
}
