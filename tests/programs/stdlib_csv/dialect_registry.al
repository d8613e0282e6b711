# register_dialect, get_dialect, list_dialects, unregister_dialect, Dialect subclasses.
import csv
import io

print(csv.list_dialects())
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator), d.doublequote, d.escapechar)


class Semi(csv.excel):
    delimiter = ";"
    skipinitialspace = True


csv.register_dialect("semi", Semi)
csv.register_dialect("semi2", "semi", strict=True)
print(csv.get_dialect("semi2").delimiter, csv.get_dialect("semi2").strict)
print(list(csv.reader(["a; b;  c"], "semi")))
out = io.StringIO()
csv.writer(out, "pipes").writerow(["x", 1])
print(repr(out.getvalue()))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("semi2")
for bad in [lambda: csv.unregister_dialect("semi2"), lambda: csv.get_dialect("nope"),
            lambda: csv.register_dialect(5), lambda: csv.reader([], "nope")]:
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
print(Semi().delimiter, csv.excel.lineterminator == "\r\n", csv.excel_tab.delimiter == "\t")
print(csv.unix_dialect.quoting == csv.QUOTE_ALL, csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
      csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.__version__)
try:
    raise csv.Error("custom")
except csv.Error as e:
    print(repr(e))
