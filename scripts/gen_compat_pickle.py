"""Writes lib/_compat_pickle.al from CPython 3.11 (run with it): the
module and name mappings between Python 2 and Python 3 that pickle applies
to global references in protocols 0 to 2 (`fix_imports`), as data.
"""
import _compat_pickle as c
import pathlib
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
out = pathlib.Path(__file__).resolve().parent.parent / "lib/_compat_pickle.al"


def table(name, d):
    lines = [f"{name} = {{"]
    for k in sorted(d, key=repr):
        lines.append(f"    {k!r}: {d[k]!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


parts = [
    '"""The Python 2 to Python 3 module and name mappings pickle applies to\n'
    "global references in protocols 0 to 2. Generated from CPython 3.11 by\n"
    'scripts/gen_compat_pickle.py; do not edit."""\n',
]
for name in ("IMPORT_MAPPING", "NAME_MAPPING", "REVERSE_IMPORT_MAPPING",
             "REVERSE_NAME_MAPPING"):
    parts.append(table(name, getattr(c, name)))
for name in ("PYTHON2_EXCEPTIONS", "MULTIPROCESSING_EXCEPTIONS",
             "PYTHON3_OSERROR_EXCEPTIONS", "PYTHON3_IMPORTERROR_EXCEPTIONS"):
    parts.append(f"{name} = {getattr(c, name)!r}\n")
out.write_text("\n".join(parts))
