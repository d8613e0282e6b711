# DictReader and DictWriter: fieldnames, restkey, restval, extrasaction, line_num.
import csv
import io

s = io.StringIO("name,age\r\nann,3\r\n\r\nbob,4,extra,more\r\ncy\r\n")
r = csv.DictReader(s, restkey="rest", restval="?")
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(["a;b", "1;2"], delimiter=";")
print(list(r))
r = csv.DictReader(["1,2,3"], fieldnames=["x", "y"])
print(next(r))
print(csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="-")
print(dw.writeheader())
dw.writerows([{"a": 1}, {"b": "x,y", "a": None}])
try:
    dw.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print(e)
dw2 = csv.DictWriter(out, ["a"], extrasaction="ignore", quoting=csv.QUOTE_ALL)
dw2.writerow({"a": "q", "b": "ignored"})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="bad")
except ValueError as e:
    print(e)
