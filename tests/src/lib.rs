//! Empty library target of the `alc-tests` package; the end-to-end tests live
//! in `programs.rs` (see that file).
