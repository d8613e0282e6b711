//! DWARF debugging information for `-g`: a compile unit per Al module
//! with a `DW_TAG_subprogram` per compiled Al function (its Al qualified
//! name and code range) and a line table from the code's source
//! locations, written with `gimli` into the object's `.debug_*` sections,
//! so gdb sets breakpoints at `prog.al:12` and `bt` and perf name Al
//! functions and lines. The functions' symbols take their Al names too.
//!
//! The source locations are the ones the lowering sets anyway: each is a
//! traceback site (`tb_site.rs`), whose start line and column the line
//! table shows. So `-g` changes neither the IR nor the machine-code
//! cache's keys (a cached function comes back with its locations), and
//! costs nothing without it.

use super::codegen::CallSites;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::write::{
    Address, AttributeValue, Dwarf, EndianVec, FileId, LineProgram, LineString, Range, RangeList,
    RelocateWriter, Relocation, RelocationTarget, Sections, StringTable, Unit,
};
use gimli::{Encoding, Format, LineEncoding, RunTimeEndian, SectionId};
use object::write::{Object, Relocation as ObjectReloc, SymbolId};
use object::{RelocationEncoding, RelocationFlags, RelocationKind, SectionKind};
use std::collections::HashMap;

/// What the object's debugging information is made of, gathered during
/// lowering.
#[derive(Default)]
pub struct DebugInfo {
    /// Per module index: its source path and its traceback sites' start
    /// (line, 0-based byte column).
    units: HashMap<usize, (String, Vec<[u32; 2]>)>,
    /// The compiled functions that run Al code, in lowering order.
    funcs: Vec<Func>,
}

/// One compiled function that runs Al code.
struct Func {
    id: FuncId,
    unit: usize,
    /// The Al qualified name (`Point.norm`, `<module>`).
    name: String,
    /// Its `def` line, where the code before the first located
    /// instruction (the prologue) is.
    line: u32,
}

impl DebugInfo {
    /// Records `id` as the code of the Al function `name` of module
    /// `unit`, defined at `line`.
    pub fn function(&mut self, id: FuncId, unit: usize, name: &str, line: u32) {
        self.funcs.push(Func {
            id,
            unit,
            name: name.to_string(),
            line,
        });
    }

    /// Records module `unit`'s source path and traceback site positions
    /// (`TbSites::starts`), once its functions are lowered.
    pub fn unit(&mut self, unit: usize, path: String, sites: Vec<[u32; 2]>) {
        self.units.insert(unit, (path, sites));
    }

    /// Writes the `.debug_*` sections into `product`, given each compiled
    /// function's code (`lines` gathered by the code generator), and gives
    /// the functions' symbols their Al names: perf and other tools that
    /// name code by the symbol table show `Point.norm` (the symbols are
    /// local, so they clash with nothing at link time).
    pub fn write(&self, product: &mut ObjectProduct, code: &[CallSites]) -> Result<(), String> {
        let code: HashMap<FuncId, &CallSites> = code.iter().map(|c| (c.id, c)).collect();
        let comp_dir = std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_else(|_| "/".to_string());
        let mut dwarf = Dwarf::new();
        let mut order: Vec<usize> = self.units.keys().copied().collect();
        order.sort_unstable();
        for k in order {
            let (path, sites) = &self.units[&k];
            let funcs: Vec<(&Func, &CallSites)> = self
                .funcs
                .iter()
                .filter(|f| f.unit == k)
                .filter_map(|f| code.get(&f.id).map(|c| (f, *c)))
                .collect();
            if funcs.is_empty() {
                continue;
            }
            for (f, _) in &funcs {
                let sym = product.function_symbol(f.id);
                product.object.symbol_mut(sym).name = f.name.clone().into_bytes();
            }
            let unit = compile_unit(&mut dwarf.strings, &comp_dir, path, sites, &funcs);
            dwarf.units.add(unit);
        }
        // Little-endian, as every target alc supports is.
        let mut sections = Sections::new(Section {
            data: EndianVec::new(RunTimeEndian::Little),
            relocs: Vec::new(),
        });
        dwarf
            .write(&mut sections)
            .map_err(|e| format!("DWARF: {e}"))?;
        place(product, &sections)
    }
}

/// The compile unit of the module at `path` (compiled in `comp_dir`),
/// whose traceback sites are `sites`, with its compiled `funcs`.
fn compile_unit(
    strings: &mut StringTable,
    comp_dir: &str,
    path: &str,
    sites: &[[u32; 2]],
    funcs: &[(&Func, &CallSites)],
) -> Unit {
    let encoding = Encoding {
        format: Format::Dwarf32,
        version: 4,
        address_size: 8,
    };
    // A source under the working directory is named relative to it, as C
    // compilers name theirs (gdb shows `prog.al:12`).
    let name = path
        .strip_prefix(comp_dir)
        .and_then(|p| p.strip_prefix('/'))
        .unwrap_or(path);
    let line_string = |s: &str| LineString::String(s.as_bytes().to_vec());
    let mut program = LineProgram::new(
        encoding,
        LineEncoding::default(),
        line_string(comp_dir),
        None,
        line_string(name),
        None,
    );
    let (dir_id, file) = match name.rsplit_once('/') {
        Some((d, f)) => (
            program.add_directory(line_string(if d.is_empty() { "/" } else { d })),
            f,
        ),
        None => (program.default_directory(), name),
    };
    let file_id = program.add_file(line_string(file), dir_id, None);
    let mut unit = Unit::new(encoding, program);
    let mut ranges = Vec::new();
    for (f, c) in funcs {
        line_rows(&mut unit.line_program, file_id, f, c, sites);
        ranges.push(Range::StartLength {
            begin: symbol(f.id),
            length: u64::from(c.len),
        });
    }
    let ranges = unit.ranges.add(RangeList(ranges));
    let root = unit.root();
    let mut string = |s: &str| AttributeValue::StringRef(strings.add(s));
    let producer = string(&format!("alc {}", env!("CARGO_PKG_VERSION")));
    let name = string(name);
    let comp_dir = string(comp_dir);
    let cu = unit.get_mut(root);
    cu.set(gimli::DW_AT_producer, producer);
    cu.set(
        gimli::DW_AT_language,
        AttributeValue::Language(gimli::DW_LANG_Python),
    );
    cu.set(gimli::DW_AT_name, name);
    cu.set(gimli::DW_AT_comp_dir, comp_dir);
    cu.set(
        gimli::DW_AT_low_pc,
        AttributeValue::Address(Address::Constant(0)),
    );
    cu.set(gimli::DW_AT_ranges, AttributeValue::RangeListRef(ranges));
    for (f, c) in funcs {
        let name = string(&f.name);
        let id = unit.add(root, gimli::DW_TAG_subprogram);
        let sub = unit.get_mut(id);
        sub.set(gimli::DW_AT_name, name);
        sub.set(gimli::DW_AT_low_pc, AttributeValue::Address(symbol(f.id)));
        sub.set(
            gimli::DW_AT_high_pc,
            AttributeValue::Udata(u64::from(c.len)),
        );
        sub.set(
            gimli::DW_AT_decl_file,
            AttributeValue::FileIndex(Some(file_id)),
        );
        sub.set(
            gimli::DW_AT_decl_line,
            AttributeValue::Udata(u64::from(f.line)),
        );
    }
    unit
}

/// The address of function `id`'s first instruction, as a symbol gimli
/// carries to `place`.
fn symbol(id: FuncId) -> Address {
    Address::Symbol {
        symbol: id.as_u32() as usize,
        addend: 0,
    }
}

/// Adds function `f`'s line-table sequence: the prologue at the `def`
/// line, then a row wherever the source location (line and column)
/// changes. The few instructions without a location between located ones
/// (register moves, jumps) belong to the location before them.
fn line_rows(
    program: &mut LineProgram,
    file: FileId,
    f: &Func,
    code: &CallSites,
    sites: &[[u32; 2]],
) {
    program.begin_sequence(Some(symbol(f.id)));
    let row = |program: &mut LineProgram, at: u32, [line, col]: [u32; 2], prologue_end: bool| {
        let r = program.row();
        r.address_offset = u64::from(at);
        r.file = file;
        r.line = u64::from(line);
        r.column = u64::from(col);
        r.prologue_end = prologue_end;
        program.generate_row();
    };
    let mut last = [f.line, 0];
    row(program, 0, last, false);
    let mut first = true;
    for &[start, _, site] in &code.lines {
        let Some(&[line, col]) = sites.get(site as usize) else {
            continue;
        };
        let pos = [line, col + 1];
        if pos != last || first {
            row(program, start, pos, first);
            last = pos;
            first = false;
        }
    }
    program.end_sequence(u64::from(code.len));
}

/// One DWARF section being written, with the relocations its addresses
/// and cross-section offsets need in a relocatable object.
#[derive(Clone)]
struct Section {
    data: EndianVec<RunTimeEndian>,
    relocs: Vec<Relocation>,
}

impl RelocateWriter for Section {
    type Writer = EndianVec<RunTimeEndian>;

    fn writer(&self) -> &Self::Writer {
        &self.data
    }

    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.data
    }

    fn relocate(&mut self, relocation: Relocation) {
        self.relocs.push(relocation);
    }
}

/// Adds the non-empty sections to the object, then their relocations:
/// function addresses against the functions' symbols, offsets into
/// another debug section against that section's symbol (the linker
/// concatenates rt's debug sections with these).
fn place(product: &mut ObjectProduct, sections: &Sections<Section>) -> Result<(), String> {
    let mut ids: HashMap<SectionId, object::write::SectionId> = HashMap::new();
    sections.for_each(|id, s| -> Result<(), String> {
        if !s.data.slice().is_empty() {
            let obj = add_section(&mut product.object, id.name(), s.data.slice());
            ids.insert(id, obj);
        }
        Ok(())
    })?;
    sections.for_each(|id, s| -> Result<(), String> {
        let Some(&section) = ids.get(&id) else {
            return Ok(());
        };
        for r in &s.relocs {
            let symbol: SymbolId = match r.target {
                RelocationTarget::Symbol(f) => product.function_symbol(FuncId::from_u32(f as u32)),
                RelocationTarget::Section(to) => {
                    let to = ids
                        .get(&to)
                        .ok_or_else(|| format!("DWARF: a reference to the empty {}", to.name()))?;
                    product.object.section_symbol(*to)
                }
            };
            product
                .object
                .add_relocation(
                    section,
                    ObjectReloc {
                        offset: r.offset as u64,
                        symbol,
                        addend: r.addend,
                        flags: RelocationFlags::Generic {
                            kind: RelocationKind::Absolute,
                            encoding: RelocationEncoding::Generic,
                            size: r.size * 8,
                        },
                    },
                )
                .map_err(|e| format!("DWARF relocation: {e}"))?;
        }
        Ok(())
    })
}

/// A non-allocated section; the string sections are mergeable strings
/// (`SHF_MERGE | SHF_STRINGS`, entries of one byte), as rt's are: a linker
/// puts sections of one name but other flags in separate output sections,
/// and a debugger reads only one of them.
fn add_section(obj: &mut Object<'static>, name: &str, data: &[u8]) -> object::write::SectionId {
    let kind = match name {
        ".debug_str" | ".debug_line_str" => SectionKind::OtherString,
        _ => SectionKind::Debug,
    };
    let id = obj.add_section(Vec::new(), name.as_bytes().to_vec(), kind);
    obj.set_section_data(id, data.to_vec(), 1);
    id
}
