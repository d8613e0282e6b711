# The four quoting modes for writing and reading the same records.
import csv
import io

records = [["text", 1, 2.5, None, "", "a,b", 'q"q', " sp", True]]
for mode in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    out = io.StringIO()
    w = csv.writer(out, quoting=mode, escapechar="\\")
    w.writerows(records)
    text = out.getvalue()
    print(mode, repr(text))
    try:
        back = list(csv.reader(io.StringIO(text), quoting=mode, escapechar="\\"))
        print("  ", back)
    except ValueError as e:
        print("   ValueError:", e)
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE)
for row in [["plain", 1], ["needs,escape"], [""]]:
    try:
        print(w.writerow(row))
    except csv.Error as e:
        print("Error:", e)
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter="|", quotechar="'", lineterminator=";\n", doublequote=False, escapechar="~")
w.writerow(["a|b", "it's", "~tilde", "x;y"])
print(repr(out.getvalue()))
print(list(csv.reader([out.getvalue()], delimiter="|", quotechar="'", doublequote=False, escapechar="~")))
