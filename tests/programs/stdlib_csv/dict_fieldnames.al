# DictReader fieldnames set later, duplicate names, short and long rows; DictWriter with dialect options.
import csv
import io

r = csv.DictReader(io.StringIO("x,x,y\n1,2,3\n4\n"))
print(r.fieldnames)
print(list(r))
r = csv.DictReader(io.StringIO("1,2\n"))
r.fieldnames = ["a", "b"]
print(list(r))
r = csv.DictReader(io.StringIO("h1;h2\n a; b\n"), delimiter=";", skipinitialspace=True)
print(list(r), r.reader.dialect.delimiter)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=("n", "v"), delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writeheader()
w.writerow({"n": "tab\there", "v": 1.0})
w.writerows(iter([{"v": None}, {"n": 0}]))
print(repr(out.getvalue()), w.writer.dialect.quoting)
print(csv.DictWriter(io.StringIO(), ["a"], extrasaction="IGNORE").extrasaction)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2, "c": 3})
except ValueError as e:
    print(e)
