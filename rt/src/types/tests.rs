//! Checks every attribute table against CPython 3.11's type dicts
//! (`testdata/builtin_attrs.txt`, from `scripts/gen_builtin_attrs.py`):
//! the same names with the same kind of descriptor, so `dir(T)` and the
//! reprs of `T.name` equal CPython's.

use super::AttrKind;
use crate::object::TypeObj;
use std::collections::BTreeMap;

/// The types whose tables are complete, by CPython's name.
fn tables() -> Vec<(&'static str, &'static TypeObj)> {
    let mut v: Vec<(&'static str, &'static TypeObj)> = vec![
        ("object", &crate::object::OBJECT_TYPE),
        ("type", &crate::object::TYPE_TYPE),
        ("list", &crate::object::LIST_TYPE),
        ("str", &crate::object::STR_TYPE),
        ("dict", &crate::object::DICT_TYPE),
        ("set", &crate::object::SET_TYPE),
        ("tuple", &crate::object::TUPLE_TYPE),
        ("range", &crate::object::RANGE_TYPE),
        ("slice", &crate::object::SLICE_TYPE),
        ("int", &crate::object::INT_TYPE),
        ("bool", &crate::object::BOOL_TYPE),
        ("float", &crate::object::FLOAT_TYPE),
        ("complex", &crate::object::COMPLEX_TYPE),
        ("frozenset", &crate::object::FROZENSET_TYPE),
        ("bytes", &crate::objects::bytes::BYTES_TYPE),
        ("bytearray", &crate::objects::bytes::BYTEARRAY_TYPE),
        (
            "memoryview",
            &crate::objects::bytes::memoryview::MEMORYVIEW_TYPE,
        ),
        ("array", &crate::stdlib::array::ARRAY_TYPE),
        ("Struct", &crate::stdlib::structmod::object::STRUCT_TYPE),
        ("ReferenceType", &crate::objects::weakref::REF_TYPE),
        (
            "mappingproxy",
            &crate::objects::mappingproxy::MAPPINGPROXY_TYPE,
        ),
        ("function", &crate::object::FUNCTION_TYPE),
        (
            "method_descriptor",
            &crate::types::descr::METHOD_DESCRIPTOR_TYPE,
        ),
        (
            "wrapper_descriptor",
            &crate::types::descr::WRAPPER_DESCRIPTOR_TYPE,
        ),
        (
            "classmethod_descriptor",
            &crate::types::descr::CLASSMETHOD_DESCRIPTOR_TYPE,
        ),
        (
            "getset_descriptor",
            &crate::types::descr::GETSET_DESCRIPTOR_TYPE,
        ),
        (
            "member_descriptor",
            &crate::types::descr::MEMBER_DESCRIPTOR_TYPE,
        ),
        ("_IOBase", &crate::io::tables::IO_BASE_TYPE),
        ("_TextIOBase", &crate::io::tables::TEXT_IO_BASE_TYPE),
        ("TextIOWrapper", &crate::io::TEXT_IO_WRAPPER_TYPE),
        ("StringIO", &crate::io::STRINGIO_TYPE),
        ("NoneType", &crate::object::NONE_TYPE),
        ("ellipsis", &crate::object::ELLIPSIS_TYPE),
        ("NotImplementedType", &crate::object::NOT_IMPLEMENTED_TYPE),
    ];
    v.extend(crate::exc::ALL.iter().map(|t| (t.name, *t)));
    v
}

fn kind_name(k: &AttrKind) -> &'static str {
    match k {
        AttrKind::Method(_) | AttrKind::RawMethod(_) => "method",
        AttrKind::Slot(_) => "slot",
        AttrKind::ClassMethod(_) => "classmethod",
        AttrKind::StaticMethod(_) => "staticmethod",
        AttrKind::New(_) => "new",
        AttrKind::GetSet(..) => "getset",
        AttrKind::Member(..) | AttrKind::SlotMember => "member",
        AttrKind::NoneValue => "none",
        AttrKind::Const(_) => "const",
    }
}

/// The expected tables: per type, `(name, kind)` in CPython's dict
/// order, without the names alc does not provide yet (marked `notyet`).
fn expected() -> BTreeMap<&'static str, Vec<(&'static str, &'static str)>> {
    let data = include_str!("testdata/builtin_attrs.txt");
    let mut want: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        let list = want.entry(f[0]).or_default();
        if f.get(3) != Some(&"notyet") {
            list.push((f[1], f[2]));
        }
    }
    want
}

#[test]
fn tables_match_cpython() {
    let want = expected();
    for (name, t) in tables() {
        assert_eq!(t.short_name(), name, "the type's name is CPython's");
        let mut expected = want[name].clone();
        expected.sort();
        let got: Vec<(&str, &str)> = t
            .attrs
            .iter()
            .map(|d| (d.name, kind_name(&d.kind)))
            .collect();
        assert_eq!(got, expected, "attributes of {name}");
        for d in t.attrs {
            assert!(
                std::ptr::eq(d.owner, t),
                "{name}.{} has another owner",
                d.name
            );
        }
    }
}

/// `T.__dict__` lists the table's names in CPython's order
/// (`dict_order.rs`, generated with the test data).
#[test]
fn dict_order_is_cpythons() {
    let want = expected();
    for (name, t) in tables() {
        let order = super::dict_order::ORDER
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, o)| *o)
            .unwrap_or_else(|| panic!("no order for {name}"));
        let got: Vec<&str> = order
            .iter()
            .filter_map(|&i| t.attrs.get(usize::from(i)).map(|d| d.name))
            .collect();
        let expected: Vec<&str> = want[name].iter().map(|e| e.0).collect();
        assert_eq!(got, expected, "dict order of {name}");
    }
}

/// Each type's docstrings line up with its table (`doc_data.rs`).
#[test]
fn docs_follow_the_tables() {
    for (name, t) in tables() {
        let entry = super::doc_data::TYPES
            .iter()
            .find(|e| e.0 == name)
            .unwrap_or_else(|| panic!("no docstrings for {name}"));
        assert_eq!(entry.2.len(), t.attrs.len(), "docstrings of {name}");
    }
}
