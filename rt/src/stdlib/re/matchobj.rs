//! `re.Match` (`Kind::ReMatch`): one match's groups as byte and
//! code-point spans of its subject, and the Match methods and attributes
//! with CPython's messages.

use super::exec::NONE;
use super::pattern::{self, Conv, Subject};
use crate::exc::error::{index_error, type_error, R};
use crate::object::{self, Header, Kind, Object, TypeObj, OBJECT_TYPE};
use crate::protocol::args::Args;
use crate::stdlib::bind;
use crate::types::slots;
use crate::value::Value;

/// `re.Match`
pub static MATCH_TYPE: TypeObj =
    TypeObj::builtin("re.Match", Some(&OBJECT_TYPE), Kind::ReMatch).with_attrs(&ATTRS);

/// A group's place: byte offsets and character indices (NONE when the
/// group did not take part).
#[derive(Clone, Copy, Debug)]
pub struct Span {
    pub bs: usize,
    pub be: usize,
    pub cs: usize,
    pub ce: usize,
}

/// A match.
#[repr(C)]
pub struct MatchObj {
    pub header: Header,
    pub pattern: Value,
    pub subj: Subject,
    pub pos: usize,
    pub endpos: usize,
    /// The last group closed (0 for none).
    pub lastindex: usize,
    pub spans: Box<[Span]>,
}

// SAFETY: repr(C), Header first; every Kind::ReMatch object is a MatchObj.
unsafe impl Object for MatchObj {
    const KINDS: &'static [Kind] = &[Kind::ReMatch];

    fn trace(&self, t: &mut crate::gc::Tracer) {
        t.visit(self.pattern);
        t.visit(self.subj.value);
    }
}

/// A Match of pattern `pv` over `subj` from the matcher's `slots`.
pub fn new(
    pv: Value,
    subj: Subject,
    slots: &[usize],
    lastindex: usize,
    conv: &mut Conv,
    pos: usize,
    endpos: usize,
) -> Value {
    let bytes = subj.bytes();
    let spans: Box<[Span]> = slots
        .chunks(2)
        .map(|c| {
            let (bs, be) = (c[0], c[1]);
            if bs == NONE || be == NONE {
                Span {
                    bs: NONE,
                    be: NONE,
                    cs: NONE,
                    ce: NONE,
                }
            } else {
                let cs = conv.to_char(bytes, bs);
                let ce = conv.to_char(bytes, be);
                Span { bs, be, cs, ce }
            }
        })
        .collect();
    Value::from_ref(crate::gc::alloc(MatchObj {
        header: Header::new(&MATCH_TYPE),
        pattern: pv,
        subj,
        pos,
        endpos,
        lastindex,
        spans,
    }))
}

/// The match object behind `v`.
pub fn obj(v: Value) -> &'static MatchObj {
    v.as_ref::<MatchObj>()
}

fn the_match(v: Value) -> R<&'static MatchObj> {
    v.downcast::<MatchObj>()
        .ok_or_else(|| crate::exc::error::descriptor_type_error("re.Match", v))
}

impl MatchObj {
    /// Group `g`'s text, or `default` when it did not take part.
    pub fn group(&self, g: usize, default: Value) -> Value {
        let s = self.spans[g];
        if s.bs == NONE || s.be < s.bs {
            return default;
        }
        self.subj.slice(s.bs, s.be, s.ce - s.cs)
    }

    /// The number of groups (without group 0).
    pub fn ngroups(&self) -> usize {
        self.spans.len() - 1
    }
}

/// The group number `v` names (an int, or a group name).
pub fn index(m: &MatchObj, v: Value) -> R<usize> {
    let n = m.ngroups();
    if let Some(i) = crate::protocol::num::as_int(v)? {
        return match crate::objects::int::as_i64(i) {
            Some(k) if k >= 0 && (k as usize) <= n => Ok(k as usize),
            _ => Err(index_error("no such group")),
        };
    }
    let gi = pattern::obj(m.pattern).groupindex;
    if let Some(g) = crate::objects::dict::get(gi, v)? {
        if let Some(k) = crate::objects::int::as_i64(g) {
            if k >= 0 && (k as usize) <= n {
                return Ok(k as usize);
            }
        }
    }
    Err(index_error("no such group"))
}

fn int(n: usize) -> Value {
    crate::objects::int::from_i64(if n == NONE { -1 } else { n as i64 })
}

fn span_of(m: &MatchObj, g: usize) -> (usize, usize) {
    let s = m.spans[g];
    (s.cs, s.ce)
}

/// `repr(m)`: `<re.Match object; span=(0, 3), match='abc'>`.
pub fn repr(v: Value) -> R<String> {
    let m = obj(v);
    let g = m.group(0, object::none());
    let mut text = crate::protocol::dispatch::repr(g)?;
    if let Some((i, _)) = text.char_indices().nth(50) {
        text.truncate(i);
    }
    let (s, e) = span_of(m, 0);
    Ok(format!("<re.Match object; span=({s}, {e}), match={text}>"))
}

fn m_group(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    args.no_kwargs("group")?;
    match args.pos.len() {
        0 => Ok(m.group(0, object::none())),
        1 => Ok(m.group(index(m, args.pos[0])?, object::none())),
        _ => {
            let mut items = crate::gc::RootedVec::new();
            for &a in args.pos {
                let g = index(m, a)?;
                items.push(m.group(g, object::none()));
            }
            Ok(crate::objects::tuple::from_slice(&items))
        }
    }
}

fn m_groups(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let [d] = bind("groups", &args, ["default"], 0, 1, 0)?;
    let d = d.unwrap_or_else(object::none);
    let items: crate::gc::RootedVec = (1..=m.ngroups()).map(|g| m.group(g, d)).collect();
    Ok(crate::objects::tuple::from_slice(&items))
}

fn m_groupdict(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let [d] = bind("groupdict", &args, ["default"], 0, 1, 0)?;
    let d = d.unwrap_or_else(object::none);
    let out = crate::objects::dict::new();
    let p = pattern::obj(m.pattern);
    let mut named: Vec<(usize, &String)> = p
        .names
        .iter()
        .enumerate()
        .filter_map(|(g, n)| n.as_ref().map(|n| (g, n)))
        .collect();
    // The groupindex's order: the order names were defined, which is
    // group order.
    named.sort_by_key(|&(g, _)| g);
    for (g, name) in named {
        crate::objects::dict::setitem(out, crate::objects::str::new(name), m.group(g, d))?;
    }
    Ok(out)
}

fn group_arg(m: &MatchObj, name: &str, args: &Args) -> R<usize> {
    let [g] = bind(name, args, ["group"], 1, 1, 0)?;
    match g {
        None => Ok(0),
        Some(v) => index(m, v),
    }
}

fn m_start(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let g = group_arg(m, "start", &args)?;
    Ok(int(span_of(m, g).0))
}

fn m_end(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let g = group_arg(m, "end", &args)?;
    Ok(int(span_of(m, g).1))
}

fn span_value(m: &MatchObj, g: usize) -> Value {
    let (a, b) = span_of(m, g);
    crate::objects::tuple::from_slice(&[int(a), int(b)])
}

fn m_span(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let g = group_arg(m, "span", &args)?;
    Ok(span_value(m, g))
}

fn m_getitem(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let k = args.positional_range("__getitem__", 1, 1)?[0];
    Ok(m.group(index(m, k)?, object::none()))
}

/// `m[k]`
pub fn getitem(s: Value, k: Value) -> R<Value> {
    let m = obj(s);
    Ok(m.group(index(m, k)?, object::none()))
}

fn m_expand(s: Value, args: Args) -> R<Value> {
    let m = the_match(s)?;
    let [t] = bind("expand", &args, ["template"], 0, 1, 1)?;
    let t = t.unwrap_or_else(object::none);
    let tpl = super::template::parse_template(m.pattern, t)?;
    super::template::expand(&tpl, m, m.subj.is_str)
}

fn regs(s: Value) -> R<Value> {
    let m = obj(s);
    let items: crate::gc::RootedVec = (0..=m.ngroups()).map(|g| span_value(m, g)).collect();
    Ok(crate::objects::tuple::from_slice(&items))
}

crate::attr_table! {
    /// The attributes of `re.Match`.
    pub static ATTRS for MATCH_TYPE = [
        classmethod "__class_getitem__" => |c, args| {
            let k = args.positional_range("__class_getitem__", 1, 1)?[0];
            Ok(crate::objects::alias::generic(c, k))
        };
        method "__copy__" => |s, args| { args.positional_range("__copy__", 0, 0)?; Ok(s) };
        method "__deepcopy__" => |s, args| { args.positional_range("__deepcopy__", 1, 1)?; Ok(s) };
        slot "__getattribute__" => slots::getattribute;
        slot "__getitem__" => m_getitem;
        new "__new__" => |_, _| Err(type_error("cannot create 're.Match' instances"));
        slot "__repr__" => |s, _| Ok(crate::objects::str::from_string(repr(s)?));
        method "end" => m_end;
        member "endpos" => |s| Ok(int(obj(s).endpos));
        method "expand" => m_expand;
        method "group" => m_group;
        method "groupdict" => m_groupdict;
        method "groups" => m_groups;
        getset "lastgroup" => |s| {
            let m = obj(s);
            let p = pattern::obj(m.pattern);
            Ok(match p.names.get(m.lastindex) {
                Some(Some(n)) if m.lastindex > 0 => crate::objects::str::new(n),
                _ => object::none(),
            })
        };
        getset "lastindex" => |s| {
            let m = obj(s);
            Ok(if m.lastindex == 0 { object::none() } else { int(m.lastindex) })
        };
        member "pos" => |s| Ok(int(obj(s).pos));
        member "re" => |s| Ok(obj(s).pattern);
        getset "regs" => regs;
        method "span" => m_span;
        method "start" => m_start;
        member "string" => |s| Ok(obj(s).subj.value);
    ]
}
