# csv: dialect checks, compared with CPython.
import csv, io
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__+":", e)
t(lambda: setattr(d,'delimiter',';'))
t(lambda: csv.reader([], 'excel', 'x'))
t(lambda: csv.field_size_limit(limit=5))
print(csv.field_size_limit(10), csv.field_size_limit())
t(lambda: list(csv.reader(['a'*11])))
s = io.StringIO("name,age\r\nann,3\r\n\r\nbob,4,extra\r\ncy\r\n")
r = csv.DictReader(s, restkey="rest", restval="?")
print(r.fieldnames)
for row in r: print(row, r.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="-")
print(dw.writeheader())
dw.writerows([{"a": 1}, {"b": "x,y", "a": None}])
t(lambda: dw.writerow({"c": 1, "d": 2}))
print(repr(out.getvalue()))
t(lambda: csv.DictWriter(out, ["a"], extrasaction="bad"))
print(type(r.reader).__name__, type(csv.writer(out)).__name__, csv.Error.__module__)
for attrs in [dict(delimiter=';'), dict(delimiter=';', quoting=0), dict(quoting=0), dict(delimiter=';', quoting=0, lineterminator='\n'), dict(delimiter=None, quoting=None), dict(delimiter=';', quoting=3, lineterminator='\n'), dict(delimiter=';', quoting=3)]:
  D = type('D', (csv.Dialect,), attrs)
  try: d=D(); print('ok', csv.reader([], d).dialect.quotechar, csv.reader([], d).dialect.doublequote)
  except Exception as e: print(type(e).__name__, e)
t(lambda: csv.reader([], quotechar=None, quoting=0))
t(lambda: csv.reader([], quotechar=None).dialect.quoting)

