//! "Did you mean" hints for uncaught NameErrors, with CPython 3.11's
//! candidate order (module globals, then builtins) and its weighted
//! Levenshtein distance (Python/suggestions.c).

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The best suggestion for the undefined `name` among `globals` (the bound
/// names of the module where it was looked up) and the builtins, if any
/// is close enough.
pub fn for_name(globals: &[String], name: &str) -> Option<String> {
    let globals: Vec<&str> = globals.iter().map(String::as_str).collect();
    calculate(&globals, name).or_else(|| calculate(&crate::builtins::names(), name))
}

/// The best suggestion for the missing attribute `name` among `dir`
/// (the object's `dir()`, sorted).
pub fn for_attribute(dir: &[&str], name: &str) -> Option<String> {
    calculate(dir, name)
}

fn calculate(dir: &[&str], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in dir {
        if *item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn distance<'s>(mut a: &'s [u8], mut b: &'s [u8], max: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[i];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_like_cpython() {
        assert_eq!(
            calculate(&["counter", "total"], "countr").as_deref(),
            Some("counter")
        );
        assert_eq!(
            calculate(&["print", "len"], "pritn").as_deref(),
            Some("print")
        );
        assert_eq!(calculate(&["alpha"], "zzz"), None);
    }
}
