//! `list.sort`: CPython 3.11's timsort (natural runs, binary insertion up to
//! `minrun`, galloping merges, the powersort merge policy), so that the
//! sequence of `<` comparisons, and therefore the result for inconsistent
//! orders (NaN) and the list left behind by a failing comparison, match.

use crate::exc::error::{value_error, R};
use crate::protocol::args::Args;
use crate::value::Value;

/// Stop galloping once neither run wins this many times in a row.
const MIN_GALLOP: usize = 7;

/// `a < b` as the sort uses it.
#[inline]
fn lt(a: Value, b: Value) -> R<bool> {
    #[cfg(test)]
    if let Some(f) = tests::LT_OVERRIDE.with(|c| c.get()) {
        return f(a, b);
    }
    crate::protocol::dispatch::lt(a, b)
}

/// A run waiting to be merged.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The arrays being sorted (keys, and the list items when a key function
/// is used) plus merge state. Keys and values always move together.
struct Sorter {
    keys: Vec<Value>,
    vals: Option<Vec<Value>>,
    tmp_keys: Vec<Value>,
    tmp_vals: Vec<Value>,
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

/// Position of `key` in sorted `a`, left of any equal elements.
fn gallop_left(key: Value, a: &[Value], hint: usize) -> R<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs);
    lastofs = 0usize;
    ofs = 1usize;
    if lt(a[hint], key)? {
        // a[hint] < key: gallop right.
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        // `lastofs` may be -1 here; keep it shifted by one as `lo`.
        let lo = hint + 1 - ofs; // == (hint - ofs) + 1
        ofs = hint - k;
        return binary_left(key, a, lo, ofs);
    }
    binary_left(key, a, lastofs + 1, ofs)
}

/// Binary search in `a[lo..hi]` with `a[lo-1] < key <= a[hi]`.
fn binary_left(key: Value, a: &[Value], mut lo: usize, mut hi: usize) -> R<usize> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Position of `key` in sorted `a`, right of any equal elements.
fn gallop_right(key: Value, a: &[Value], hint: usize) -> R<usize> {
    let n = a.len();
    let mut lastofs = 0usize;
    let mut ofs = 1usize;
    if lt(key, a[hint])? {
        // key < a[hint]: gallop left.
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        let lo = hint + 1 - ofs;
        ofs = hint - k;
        return binary_right(key, a, lo, ofs);
    }
    // a[hint] <= key: gallop right.
    let maxofs = n - hint;
    while ofs < maxofs {
        if lt(key, a[hint + ofs])? {
            break;
        }
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
    }
    ofs = ofs.min(maxofs);
    lastofs += hint;
    ofs += hint;
    binary_right(key, a, lastofs + 1, ofs)
}

/// Binary search in `a[lo..hi]` with `a[lo-1] <= key < a[hi]`.
fn binary_right(key: Value, a: &[Value], mut lo: usize, mut hi: usize) -> R<usize> {
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// Depth of the boundary between two adjacent runs in the conceptual
/// merge tree (powersort).
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

impl Sorter {
    fn swap_in(&mut self, dst: usize, src: usize) {
        self.keys[dst] = self.keys[src];
        if let Some(v) = &mut self.vals {
            v[dst] = v[src];
        }
    }

    fn copy_within(&mut self, src: std::ops::Range<usize>, dst: usize) {
        self.keys.copy_within(src.clone(), dst);
        if let Some(v) = &mut self.vals {
            v.copy_within(src, dst);
        }
    }

    /// Copies `tmp[src]` into the main arrays at `dst`.
    fn put_tmp(&mut self, src: std::ops::Range<usize>, dst: usize) {
        let n = src.len();
        self.keys[dst..dst + n].copy_from_slice(&self.tmp_keys[src.clone()]);
        if let Some(v) = &mut self.vals {
            v[dst..dst + n].copy_from_slice(&self.tmp_vals[src]);
        }
    }

    fn put_tmp_one(&mut self, src: usize, dst: usize) {
        self.keys[dst] = self.tmp_keys[src];
        if let Some(v) = &mut self.vals {
            v[dst] = self.tmp_vals[src];
        }
    }

    fn save_tmp(&mut self, src: std::ops::Range<usize>) {
        self.tmp_keys.clear();
        self.tmp_keys.extend_from_slice(&self.keys[src.clone()]);
        if let Some(v) = &self.vals {
            self.tmp_vals.clear();
            self.tmp_vals.extend_from_slice(&v[src]);
        }
    }

    fn reverse(&mut self, range: std::ops::Range<usize>) {
        self.keys[range.clone()].reverse();
        if let Some(v) = &mut self.vals {
            v[range].reverse();
        }
    }

    /// Binary insertion sort of `[lo, hi)` whose prefix `[lo, start)` is sorted.
    fn binarysort(&mut self, lo: usize, hi: usize, mut start: usize) -> R<()> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.keys[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if lt(pivot, self.keys[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.keys.copy_within(l..start, l + 1);
            self.keys[l] = pivot;
            if let Some(v) = &mut self.vals {
                let pv = v[start];
                v.copy_within(l..start, l + 1);
                v[l] = pv;
            }
            start += 1;
        }
        Ok(())
    }

    /// Length of the run starting at `lo` and whether it is strictly descending.
    fn count_run(&self, lo: usize, hi: usize) -> R<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let k = &self.keys;
        let mut n = 2;
        if lt(k[lo + 1], k[lo])? {
            for i in lo + 2..hi {
                if lt(k[i], k[i - 1])? {
                    n += 1;
                } else {
                    break;
                }
            }
            Ok((n, true))
        } else {
            for i in lo + 2..hi {
                if lt(k[i], k[i - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Merges `[pa, pa+na)` and `[pb, pb+nb)` (adjacent) with `na <= nb`.
    fn merge_lo(&mut self, pa0: usize, mut na: usize, mut pb: usize, mut nb: usize) -> R<()> {
        self.save_tmp(pa0..pa0 + na);
        let mut dest = pa0;
        let mut pa = 0usize; // index into tmp
        self.swap_in(dest, pb);
        dest += 1;
        pb += 1;
        nb -= 1;
        let mut result: R<()> = Ok(());
        'outer: {
            if nb == 0 {
                break 'outer;
            }
            if na == 1 {
                // CopyB
                self.copy_within(pb..pb + nb, dest);
                self.put_tmp_one(pa, dest + nb);
                return Ok(());
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    match lt(self.keys[pb], self.tmp_keys[pa]) {
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                        Ok(true) => {
                            self.swap_in(dest, pb);
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'outer;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.put_tmp_one(pa, dest);
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                self.copy_within(pb..pb + nb, dest);
                                self.put_tmp_one(pa, dest + nb);
                                return Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(self.keys[pb], &self.tmp_keys[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        self.put_tmp(pa..pa + k, dest);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            self.copy_within(pb..pb + nb, dest);
                            self.put_tmp_one(pa, dest + nb);
                            return Ok(());
                        }
                        if na == 0 {
                            break 'outer;
                        }
                    }
                    self.swap_in(dest, pb);
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer;
                    }
                    let k = match gallop_left(self.tmp_keys[pa], &self.keys[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        self.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer;
                        }
                    }
                    self.put_tmp_one(pa, dest);
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        self.copy_within(pb..pb + nb, dest);
                        self.put_tmp_one(pa, dest + nb);
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // Succeed or Fail: what is left of A goes to the end.
        if na > 0 {
            self.put_tmp(pa..pa + na, dest);
        }
        result
    }

    /// Merges `[pa, pa+na)` and `[pb, pb+nb)` (adjacent) with `na >= nb`,
    /// from the right.
    fn merge_hi(&mut self, basea: usize, mut na: usize, pb0: usize, mut nb: usize) -> R<()> {
        self.save_tmp(pb0..pb0 + nb);
        // Signed indices: `pa` and `dest` may step one below `basea`.
        let mut dest = (pb0 + nb - 1) as isize;
        let mut pa = (basea + na - 1) as isize;
        let mut pb = (nb - 1) as isize; // index into tmp
        self.swap_in(dest as usize, pa as usize);
        dest -= 1;
        pa -= 1;
        na -= 1;
        let mut result: R<()> = Ok(());
        // CopyA: the first element of B belongs at the front of the merge.
        macro_rules! copy_a {
            () => {{
                let d = (dest + 1) as usize - na;
                let s = (pa + 1) as usize - na;
                self.copy_within(s..s + na, d);
                self.put_tmp_one(pb as usize, d - 1);
                return Ok(());
            }};
        }
        'outer: {
            if na == 0 {
                break 'outer;
            }
            if nb == 1 {
                copy_a!();
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0usize;
                let mut bcount = 0usize;
                loop {
                    match lt(self.tmp_keys[pb as usize], self.keys[pa as usize]) {
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                        Ok(true) => {
                            self.swap_in(dest as usize, pa as usize);
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'outer;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.put_tmp_one(pb as usize, dest as usize);
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                copy_a!();
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(
                        self.tmp_keys[pb as usize],
                        &self.keys[basea..basea + na],
                        na - 1,
                    ) {
                        Ok(k) => na - k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        self.copy_within(
                            (pa + 1) as usize..(pa + 1) as usize + k,
                            (dest + 1) as usize,
                        );
                        na -= k;
                        if na == 0 {
                            break 'outer;
                        }
                    }
                    self.put_tmp_one(pb as usize, dest as usize);
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        copy_a!();
                    }
                    let k = match gallop_left(self.keys[pa as usize], &self.tmp_keys[..nb], nb - 1)
                    {
                        Ok(k) => nb - k,
                        Err(e) => {
                            result = Err(e);
                            break 'outer;
                        }
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        self.put_tmp(
                            (pb + 1) as usize..(pb + 1) as usize + k,
                            (dest + 1) as usize,
                        );
                        nb -= k;
                        if nb == 1 {
                            copy_a!();
                        }
                        if nb == 0 {
                            break 'outer;
                        }
                    }
                    self.swap_in(dest as usize, pa as usize);
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'outer;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // Succeed or Fail: what is left of B goes to the front.
        if nb > 0 {
            let d = (dest + 1) as usize - nb;
            self.put_tmp(0..nb, d);
        }
        result
    }

    /// Merges the runs at stack indices `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> R<()> {
        let Run {
            base: mut pa,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: pb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where does B start in A? Earlier elements of A are in place.
        let k = gallop_right(self.keys[pb], &self.keys[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does A end in B? Later elements of B are in place.
        let nb = gallop_left(self.keys[pa + na - 1], &self.keys[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, pb, nb)
        } else {
            self.merge_hi(pa, na, pb, nb)
        }
    }

    fn found_new_run(&mut self, n2: usize) -> R<()> {
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.base, last.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(self.pending.len() - 2)?;
            }
            if let Some(last) = self.pending.last_mut() {
                last.power = power;
            }
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self) -> R<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    fn run(&mut self) -> R<()> {
        let n = self.keys.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = compute_minrun(n);
        let mut lo = 0;
        let mut remaining = n;
        while remaining > 0 {
            let (mut run, descending) = self.count_run(lo, lo + remaining)?;
            if descending {
                self.reverse(lo..lo + run);
            }
            if run < minrun {
                let force = remaining.min(minrun);
                self.binarysort(lo, lo + force, lo + run)?;
                run = force;
            }
            self.found_new_run(run)?;
            self.pending.push(Run {
                base: lo,
                len: run,
                power: 0,
            });
            lo += run;
            remaining -= run;
        }
        self.merge_force_collapse()
    }
}

/// The `reverse=` argument of `sort`/`sorted`, read as CPython reads a C int.
pub fn reverse_flag(v: Value) -> R<bool> {
    let i = crate::objects::slice::index_arg(v).map_err(|e| {
        if crate::object::isinstance(crate::exc::error::pending(), &crate::exc::OVERFLOW_ERROR) {
            crate::exc::error::overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if i32::try_from(i).is_err() {
        return Err(crate::exc::error::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(i != 0)
}

/// Sorts list `l` in place: stable, keys computed once, comparisons with
/// `<`. While sorting, the list appears empty to Al code; if that code
/// changes it, "list modified during sort" is raised and its changes are
/// discarded. On any error the list holds a permutation of its items.
pub fn sort(l: Value, key: Option<Value>, reverse: bool) -> R<()> {
    let lobj = crate::objects::list::obj(l);
    let mut items = std::mem::take(&mut *lobj.items.borrow_mut());
    let n = items.len();
    // While sorting, the items (taken out of the list) and the keys live
    // only in the sorter's malloc buffers, which move values between arrays;
    // rooted copies keep them alive across the comparisons' allocations.
    let _items_root = crate::gc::RootedVec::from_vec(items.clone());
    let keys_root = match key {
        None => None,
        Some(f) => {
            let mut ks = crate::gc::RootedVec::new();
            for x in &items {
                match crate::protocol::dispatch::call(f, Args::positional(&[*x])) {
                    Ok(k) => ks.push(k),
                    Err(e) => {
                        *lobj.items.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            Some(ks)
        }
    };
    let keys = keys_root.as_ref().map(|ks| ks.to_vec());
    if reverse {
        items.reverse();
    }
    let mut sorter = match keys {
        None => Sorter {
            keys: items,
            vals: None,
            tmp_keys: Vec::new(),
            tmp_vals: Vec::new(),
            min_gallop: MIN_GALLOP,
            pending: Vec::new(),
            listlen: n,
        },
        Some(mut ks) => {
            if reverse {
                ks.reverse();
            }
            Sorter {
                keys: ks,
                vals: Some(items),
                tmp_keys: Vec::new(),
                tmp_vals: Vec::new(),
                min_gallop: MIN_GALLOP,
                pending: Vec::new(),
                listlen: n,
            }
        }
    };
    let mut result = sorter.run();
    let mut sorted = match sorter.vals {
        Some(v) => v,
        None => sorter.keys,
    };
    {
        let mut cur = lobj.items.borrow_mut();
        // Any change during the sort left the placeholder non-empty or
        // with an allocation (append then pop).
        if result.is_ok() && (!cur.is_empty() || cur.capacity() != 0) {
            result = Err(value_error("list modified during sort"));
        }
        if reverse && n > 1 {
            sorted.reverse();
        }
        *cur = sorted;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::none;
    use crate::testing::{f, ints, r};

    fn floats(xs: &[f64]) -> Value {
        crate::objects::list::from_vec(xs.iter().map(|&x| f(x)).collect())
    }

    /// A deterministic pseudo-random sequence (same LCG as the benchmarks).
    fn lcg(n: usize, m: i64) -> Vec<i64> {
        let mut seed: i64 = 7;
        (0..n)
            .map(|_| {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                (seed >> 16) % m
            })
            .collect()
    }

    #[test]
    fn sorts_ints_stably_and_in_reverse() {
        for n in [0, 1, 2, 5, 63, 64, 65, 200, 1000, 5000] {
            let xs = lcg(n, 50);
            let l = ints(&xs);
            sort(l, None, false).unwrap();
            let mut want = xs.clone();
            want.sort();
            assert_eq!(r(l), r(ints(&want)), "n={n}");
            let l = ints(&xs);
            sort(l, None, true).unwrap();
            want.reverse();
            assert_eq!(r(l), r(ints(&want)), "n={n} reverse");
        }
    }

    #[test]
    fn partially_ordered_inputs() {
        // Long runs, descending runs and plateaus exercise galloping.
        let mut xs: Vec<i64> = (0..3000).collect();
        xs.extend((0..3000).rev());
        xs.extend(std::iter::repeat_n(5, 500));
        xs.extend((0..2000).map(|i| i % 7));
        let l = ints(&xs);
        sort(l, None, false).unwrap();
        let mut want = xs.clone();
        want.sort();
        assert_eq!(r(l), r(ints(&want)));
    }

    #[test]
    fn nan_order_matches_cpython() {
        // python3 -c 'n=float("nan"); print(sorted([3.0, 1.0, n, 2.0, 0.5, n, 4.0, -1.0]))'
        let nan = f64::NAN;
        let l = floats(&[3.0, 1.0, nan, 2.0, 0.5, nan, 4.0, -1.0]);
        sort(l, None, false).unwrap();
        assert_eq!(r(l), "[-1.0, 0.5, 1.0, 2.0, 3.0, nan, nan, 4.0]");
    }

    #[test]
    fn failing_comparison_keeps_a_permutation() {
        // python3 -c 'x=[3,1,"a",2]; exec("try: x.sort()\nexcept TypeError as e: print(e)"); print(x)'
        let l = crate::objects::list::from_vec(vec![
            Value::from_small(3),
            Value::from_small(1),
            crate::objects::str::new("a"),
            Value::from_small(2),
        ]);
        assert!(sort(l, None, false).is_err());
        let e = crate::exc::error::take_pending();
        assert_eq!(
            crate::exc::to_str(e.as_ref()).unwrap(),
            "'<' not supported between instances of 'str' and 'int'"
        );
        assert_eq!(r(l), "[3, 1, 'a', 2]");
        // python3 -c 'x=[1,2,3,0,"a",5]; exec("try: x.sort()\nexcept TypeError: pass"); print(x)'
        let l = crate::objects::list::from_vec(vec![
            Value::from_small(1),
            Value::from_small(2),
            Value::from_small(3),
            Value::from_small(0),
            crate::objects::str::new("a"),
            Value::from_small(5),
        ]);
        assert!(sort(l, None, false).is_err());
        crate::exc::error::take_pending();
        assert_eq!(r(l), "[0, 1, 2, 3, 'a', 5]");
        let _ = none();
    }

    fn first(args: Args) -> R<Value> {
        crate::protocol::dispatch::getitem(args.pos[0], Value::from_small(0))
    }
    static FIRST: crate::objects::func::BuiltinObj =
        crate::objects::func::BuiltinObj::new("first", first);

    thread_local! {
        static VICTIM: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
    }
    fn meddle(args: Args) -> R<Value> {
        // A key function that appends to the list being sorted.
        crate::objects::list::ops::append(VICTIM.with(|v| v.get()), Value::from_small(0));
        Ok(args.pos[0])
    }
    static MEDDLE: crate::objects::func::BuiltinObj =
        crate::objects::func::BuiltinObj::new("meddle", meddle);

    #[test]
    fn key_and_reverse_keep_stability() {
        // python3 -c 'x=[(1,"a"),(0,"b"),(1,"c"),(0,"d")]; x.sort(key=lambda t: t[0], reverse=True); print(x)'
        let t = |k: i64, s: &str| {
            crate::objects::tuple::from_slice(&[Value::from_small(k), crate::objects::str::new(s)])
        };
        let l = crate::objects::list::from_vec(vec![t(1, "a"), t(0, "b"), t(1, "c"), t(0, "d")]);
        sort(l, Some(Value::from_ref(&FIRST)), true).unwrap();
        assert_eq!(r(l), "[(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]");
        sort(l, Some(Value::from_ref(&FIRST)), false).unwrap();
        assert_eq!(r(l), "[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]");
    }

    #[test]
    fn mutation_during_sort_is_detected() {
        // python3 -c 'x=[3,1,2]; exec("try: x.sort(key=lambda v: x.append(0) or v)\nexcept ValueError as e: print(e)"); print(x)'
        let l = ints(&[3, 1, 2]);
        VICTIM.with(|v| v.set(l));
        assert!(sort(l, Some(Value::from_ref(&MEDDLE)), false).is_err());
        let e = crate::exc::error::take_pending();
        assert_eq!(
            crate::exc::to_str(e.as_ref()).unwrap(),
            "list modified during sort"
        );
        assert_eq!(r(l), "[1, 2, 3]");
        assert!(reverse_flag(crate::objects::int::from_i128(1 << 40)).is_err());
        crate::exc::error::take_pending();
    }

    type LtFn = fn(Value, Value) -> R<bool>;

    thread_local! {
        /// Replaces `<` in this thread's sorts (to fuzz with inconsistent orders).
        pub static LT_OVERRIDE: std::cell::Cell<Option<LtFn>> =
            const { std::cell::Cell::new(None) };
        static RNG: std::cell::Cell<u64> = const { std::cell::Cell::new(0x9e3779b97f4a7c15) };
    }

    fn rand() -> u64 {
        RNG.with(|r| {
            let mut x = r.get();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            r.set(x);
            x
        })
    }

    fn random_lt(_: Value, _: Value) -> R<bool> {
        Ok(rand().is_multiple_of(2))
    }

    fn failing_lt(a: Value, b: Value) -> R<bool> {
        if rand().is_multiple_of(5000) {
            return Err(crate::exc::error::value_error("boom"));
        }
        Ok(a.small() < b.small())
    }

    #[test]
    fn inconsistent_or_failing_orders_never_lose_items() {
        for (cmp, rounds) in [
            (random_lt as fn(Value, Value) -> R<bool>, 60),
            (failing_lt, 60),
        ] {
            LT_OVERRIDE.with(|c| c.set(Some(cmp)));
            for round in 0..rounds {
                let n = (rand() % 3000) as usize + round;
                let xs = lcg(n, 1000);
                let l = ints(&xs);
                let _ = sort(l, None, round % 2 == 0);
                crate::exc::error::take_pending();
                let mut got: Vec<i64> = crate::objects::list::ops::snapshot(l)
                    .iter()
                    .map(|v| v.small())
                    .collect();
                let mut want = xs.clone();
                got.sort();
                want.sort();
                assert_eq!(got, want, "round {round}");
            }
            LT_OVERRIDE.with(|c| c.set(None));
        }
    }

    #[test]
    fn powerloop_and_minrun() {
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(1000), 63);
        assert_eq!(powerloop(0, 32, 32, 128), 2);
    }
}
