//! The safe face of the C zlib that `libz-sys` builds and links
//! statically: a deflate or inflate stream (`Stream`, boxed because zlib
//! keeps a pointer back to it), one call of `deflate`/`inflate` over Rust
//! slices, dictionaries, copies, and the CRC-32 and Adler-32 checksums.
//! The only file of `zlib` with `unsafe`.

use libz_sys as z;
use std::ffi::{c_int, c_uint, c_void, CStr};

pub const Z_OK: i32 = z::Z_OK;
pub const Z_STREAM_END: i32 = z::Z_STREAM_END;
pub const Z_NEED_DICT: i32 = z::Z_NEED_DICT;
pub const Z_STREAM_ERROR: i32 = z::Z_STREAM_ERROR;
pub const Z_DATA_ERROR: i32 = z::Z_DATA_ERROR;
pub const Z_MEM_ERROR: i32 = z::Z_MEM_ERROR;
pub const Z_BUF_ERROR: i32 = z::Z_BUF_ERROR;
pub const Z_VERSION_ERROR: i32 = z::Z_VERSION_ERROR;

extern "C" {
    fn calloc(n: usize, size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

/// zlib's allocation hook: zero-filled memory from the C allocator.
extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: calloc accepts any sizes and returns null on failure, which
    // zlib reports as Z_MEM_ERROR.
    unsafe { calloc(items as usize, size as usize) }
}

/// zlib's release hook, for blocks `zalloc` returned.
extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: zlib frees only what `zalloc` allocated, once.
    unsafe { free(p) }
}

/// Which way a stream goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Deflate,
    Inflate,
}

/// An initialised zlib stream; ended when dropped.
pub struct Stream {
    z: Box<z::z_stream>,
    dir: Dir,
}

/// A stream not initialised yet: null buffers, our allocation hooks.
fn blank() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

/// The size of `z_stream`, which the init functions check.
const STREAM_SIZE: c_int = std::mem::size_of::<z::z_stream>() as c_int;

/// The result of one `deflate`/`inflate` call: zlib's return code and how
/// many input bytes it consumed and output bytes it wrote.
pub struct Step {
    pub rc: i32,
    pub consumed: usize,
    pub produced: usize,
}

/// The message of a failed init (before a stream exists), if zlib set one.
pub struct InitError {
    pub rc: i32,
    pub msg: Option<String>,
}

impl Stream {
    /// `deflateInit2`.
    pub fn deflate(
        level: i32,
        method: i32,
        wbits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> Result<Stream, InitError> {
        let mut zs = blank();
        // SAFETY: `zs` is a valid, boxed (so unmoving) stream with our
        // allocation hooks; the version string is zlib's own constant.
        let rc = unsafe {
            z::deflateInit2_(
                &mut *zs,
                level,
                method,
                wbits,
                mem_level,
                strategy,
                z::zlibVersion(),
                STREAM_SIZE,
            )
        };
        Stream::made(zs, Dir::Deflate, rc)
    }

    /// `inflateInit2`.
    pub fn inflate(wbits: i32) -> Result<Stream, InitError> {
        let mut zs = blank();
        // SAFETY: as in `deflate`.
        let rc = unsafe { z::inflateInit2_(&mut *zs, wbits, z::zlibVersion(), STREAM_SIZE) };
        Stream::made(zs, Dir::Inflate, rc)
    }

    /// The stream if its init returned `rc == Z_OK`.
    fn made(zs: Box<z::z_stream>, dir: Dir, rc: i32) -> Result<Stream, InitError> {
        if rc == Z_OK {
            Ok(Stream { z: zs, dir })
        } else {
            Err(InitError {
                rc,
                msg: msg_of(&zs),
            })
        }
    }

    /// One `deflate` or `inflate` call with `flush`, reading `input` and
    /// writing into `out`.
    pub fn step(&mut self, input: &[u8], out: &mut [u8], flush: i32) -> Step {
        let avail_in = input.len().min(c_uint::MAX as usize);
        let avail_out = out.len().min(c_uint::MAX as usize);
        self.z.next_in = input.as_ptr() as *mut u8;
        self.z.avail_in = avail_in as c_uint;
        self.z.next_out = out.as_mut_ptr();
        self.z.avail_out = avail_out as c_uint;
        // SAFETY: the buffers are live slices of the stated lengths for the
        // whole call; zlib only reads `next_in` and writes `next_out`.
        let rc = unsafe {
            match self.dir {
                Dir::Deflate => z::deflate(&mut *self.z, flush),
                Dir::Inflate => z::inflate(&mut *self.z, flush),
            }
        };
        let step = Step {
            rc,
            consumed: avail_in - self.z.avail_in as usize,
            produced: avail_out - self.z.avail_out as usize,
        };
        // Nothing may point into the caller's slices after the call.
        self.z.next_in = std::ptr::null_mut();
        self.z.avail_in = 0;
        self.z.next_out = std::ptr::null_mut();
        self.z.avail_out = 0;
        step
    }

    /// `deflateSetDictionary` or `inflateSetDictionary`.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        let n = dict.len().min(c_uint::MAX as usize) as c_uint;
        // SAFETY: `dict` is a live slice of at least `n` bytes; zlib copies it.
        unsafe {
            match self.dir {
                Dir::Deflate => z::deflateSetDictionary(&mut *self.z, dict.as_ptr(), n),
                Dir::Inflate => z::inflateSetDictionary(&mut *self.z, dict.as_ptr(), n),
            }
        }
    }

    /// `deflateCopy` or `inflateCopy`: a stream in the same state.
    pub fn copy(&mut self) -> Result<Stream, InitError> {
        let mut zs = blank();
        // SAFETY: `self.z` is an initialised stream of this direction and
        // `zs` a valid boxed destination; zlib allocates the copy's state
        // through the hooks the source carries (ours).
        let rc = unsafe {
            match self.dir {
                Dir::Deflate => z::deflateCopy(&mut *zs, &mut *self.z),
                Dir::Inflate => z::inflateCopy(&mut *zs, &mut *self.z),
            }
        };
        if rc == Z_OK {
            Ok(Stream {
                z: zs,
                dir: self.dir,
            })
        } else {
            Err(InitError {
                rc,
                msg: msg_of(&self.z),
            })
        }
    }

    /// zlib's message about the last error, if any.
    pub fn msg(&self) -> Option<String> {
        msg_of(&self.z)
    }
}

/// The text `zs.msg` points to (zlib's static strings), if set.
fn msg_of(zs: &z::z_stream) -> Option<String> {
    if zs.msg.is_null() {
        return None;
    }
    // SAFETY: zlib sets `msg` only to its static NUL-terminated strings.
    let s = unsafe { CStr::from_ptr(zs.msg) };
    Some(s.to_string_lossy().into_owned())
}

impl Drop for Stream {
    fn drop(&mut self) {
        // SAFETY: the stream was initialised and is ended exactly once.
        unsafe {
            match self.dir {
                Dir::Deflate => z::deflateEnd(&mut *self.z),
                Dir::Inflate => z::inflateEnd(&mut *self.z),
            };
        }
    }
}

/// The CRC-32 of `data` continuing from `crc`.
pub fn crc32(mut crc: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(1 << 30) {
        // SAFETY: a live slice of the stated length.
        crc = unsafe { z::crc32(crc.into(), chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    crc
}

/// The Adler-32 of `data` continuing from `adler`.
pub fn adler32(mut adler: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(1 << 30) {
        // SAFETY: a live slice of the stated length.
        adler = unsafe { z::adler32(adler.into(), chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    adler
}

/// The version of the linked zlib (`zlibVersion()`).
pub fn version() -> String {
    // SAFETY: zlib returns its static NUL-terminated version string.
    unsafe { CStr::from_ptr(z::zlibVersion()) }
        .to_string_lossy()
        .into_owned()
}
