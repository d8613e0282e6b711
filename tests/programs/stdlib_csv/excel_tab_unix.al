# The excel, excel-tab and unix dialects, by name and by class.
import csv
import io

rows = [["name", "value"], ["tab\there", "line\nbreak"], ["q\"uote", 3]]
for dialect in ["excel", "excel-tab", "unix", csv.excel, csv.excel_tab, csv.unix_dialect]:
    out = io.StringIO()
    csv.writer(out, dialect).writerows(rows)
    text = out.getvalue()
    print(repr(text))
    print(list(csv.reader(io.StringIO(text, newline=""), dialect)) == [[str(x) for x in r] for r in rows])
for name in ["excel", "excel-tab", "unix"]:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting,
          d.doublequote, d.skipinitialspace, d.strict, d.escapechar)
