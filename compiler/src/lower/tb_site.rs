//! Traceback sites: where each operation whose error path records a
//! traceback entry is in the source, as CPython 3.11 records code positions
//! (PEP 657): start and end line and UTF-8 byte column, plus the part the
//! report marks with `^` among `~` for a binary operator or a subscript.
//! One table per module; `alc_rt_tb_add` passes an index into it.

use crate::ast::{Expr, ExprKind, StmtKind};
use crate::span::{SourceFile, Span};
use alrt_abi::layout;
use std::collections::HashMap;

/// The module's traceback sites, one per distinct source span.
#[derive(Default)]
pub struct TbSites {
    sites: Vec<[u32; 8]>,
    ids: HashMap<Span, u32>,
}

impl TbSites {
    /// The index of the site for the operation at `span` of `file`.
    pub fn id(&mut self, file: &SourceFile, span: Span) -> u32 {
        if let Some(id) = self.ids.get(&span) {
            return *id;
        }
        let (line, col) = file.line_byte_col(span.start);
        let (end_line, end_col) = file.line_byte_col(span.end);
        let seg = file.text.get(span.start as usize..span.end as usize);
        let parsed = seg.and_then(parse_expr);
        let mut anchor = (layout::TB_NO_ANCHOR, layout::TB_NO_ANCHOR);
        let mut callee = (layout::TB_NO_ANCHOR, layout::TB_NO_ANCHOR);
        if let (Some(seg), Some(e)) = (seg, &parsed) {
            if line == end_line {
                if let Some((a, b)) = anchors(seg, e) {
                    anchor = ((col + a) as u32, (col + b) as u32);
                }
            }
            if let ExprKind::Call { func, .. } = &e.kind {
                if let ExprKind::Attribute { .. } = func.kind {
                    let (l, c) = file.line_byte_col(span.start + func.span.end);
                    callee = (l as u32, c as u32);
                }
            }
        }
        let site = [
            line as u32,
            end_line as u32,
            col as u32,
            end_col as u32,
            anchor.0,
            anchor.1,
            callee.0,
            callee.1,
        ];
        let id = self.sites.len() as u32;
        self.sites.push(site);
        self.ids.insert(span, id);
        id
    }

    /// Each site's start line and 0-based byte column, by index.
    pub fn starts(&self) -> Vec<[u32; 2]> {
        self.sites.iter().map(|s| [s[0], s[2]]).collect()
    }

    /// How many sites there are.
    pub fn len(&self) -> usize {
        self.sites.len()
    }

    /// The table as the `TbSite` array rt reads (little-endian, as every
    /// target alc supports is).
    pub fn bytes(&self) -> Vec<u8> {
        const FIELDS: [usize; 8] = [
            layout::TB_SITE_LINE,
            layout::TB_SITE_END_LINE,
            layout::TB_SITE_COL,
            layout::TB_SITE_END_COL,
            layout::TB_SITE_ANCHOR,
            layout::TB_SITE_ANCHOR_END,
            layout::TB_SITE_CALLEE_END_LINE,
            layout::TB_SITE_CALLEE_END_COL,
        ];
        let mut res = vec![0u8; self.sites.len().max(1) * layout::TB_SITE_SIZE];
        for (i, site) in self.sites.iter().enumerate() {
            for (field, value) in FIELDS.iter().zip(site) {
                let at = i * layout::TB_SITE_SIZE + field;
                res[at..at + 4].copy_from_slice(&value.to_le_bytes());
            }
        }
        res
    }
}

/// `seg` (an operation's source text) parsed alone as CPython's report
/// parses it, when it is one expression statement.
fn parse_expr(seg: &str) -> Option<Expr> {
    let file = SourceFile::new("<segment>", seg);
    let module = crate::parser::parse(&file).ok()?;
    let [stmt] = <[_; 1]>::try_from(module.body).ok()?;
    match stmt.kind {
        StmtKind::Expr(e) => Some(e),
        _ => None,
    }
}

/// The `^` part (byte offsets into `seg`) of the one-line expression `e`
/// parsed from `seg`, found as CPython's report finds it. A binary
/// operator is the first character after the left operand that is neither
/// white space nor a closing parenthesis, plus the next character when that
/// is not white space and comes before the right operand; a subscript's
/// part runs from its `[` to the end.
fn anchors(seg: &str, e: &Expr) -> Option<(usize, usize)> {
    let b = seg.as_bytes();
    let skip = |from: usize, to: usize| {
        (from..to).find(|&i| !matches!(b[i], b' ' | b'\t' | b'\x0c' | b')'))
    };
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let to = (right.span.start as usize).min(b.len());
            let i = skip(left.span.end as usize, to)?;
            let two = i + 1 < to && !b[i + 1].is_ascii_whitespace();
            Some((i, i + 1 + usize::from(two)))
        }
        ExprKind::Subscript { value, .. } => {
            let i = skip(value.span.end as usize, b.len())?;
            Some((i, b.len()))
        }
        _ => None,
    }
}

/// The frame name CPython gives the code object of the comprehension at
/// `seg` (its source text).
pub fn comprehension_name(seg: &str) -> &'static str {
    match parse_expr(seg).map(|e| e.kind) {
        Some(ExprKind::ListComp { .. }) => "<listcomp>",
        Some(ExprKind::SetComp { .. }) => "<setcomp>",
        Some(ExprKind::DictComp { .. }) => "<dictcomp>",
        // A generator expression that is a call's only argument has no
        // parentheses of its own, so its text alone does not parse.
        _ => "<genexpr>",
    }
}

#[cfg(test)]
mod tests {
    use super::{anchors, parse_expr};

    fn check(seg: &str) -> Option<(usize, usize)> {
        anchors(seg, &parse_expr(seg)?)
    }

    #[test]
    fn binary_operators() {
        assert_eq!(check("x + 1"), Some((2, 3)));
        assert_eq!(check("x ** 2"), Some((2, 4)));
        assert_eq!(check("(x) + 1"), Some((4, 5)));
        assert_eq!(check("x  +-1"), Some((3, 4)));
        assert_eq!(check("x +(1)"), Some((2, 4)));
        assert_eq!(check("f(x)"), None);
    }

    #[test]
    fn subscripts() {
        assert_eq!(check("d[ \"k\" ]"), Some((1, 8)));
        assert_eq!(check("(d)[1]"), Some((3, 6)));
        assert_eq!(check("d [1]"), Some((2, 5)));
        assert_eq!(check("d[1] = 2"), None);
    }
}
