# csv: writer quoting, compared with CPython.
import csv, io
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__+":", e)
w=csv.writer(io.StringIO())
t(lambda: w.writerow(1))
t(lambda: w.writerow(['a"b', 'c,d', 'e\nf', None, 1.5, '']))
def w(row, **kw):
  s=io.StringIO(); 
  try: r = csv.writer(s, **kw).writerow(row); print(repr(s.getvalue()), r)
  except Exception as e: print(type(e).__name__+':', e)
w(['a\rb','c\nd', ' e', 'x\\y'], lineterminator='\n')
w(['a\\b'], escapechar='\\')
w(['a"b'], doublequote=False)
w(['a"b'], doublequote=False, escapechar='\\')
w([None, True, 1, 2.5, 'x', ''], quoting=csv.QUOTE_NONNUMERIC)
w([''])
w([None])
w([], )
w(['a','b'], quoting=csv.QUOTE_ALL)
w(['a;b','c'], delimiter=';', quotechar="'")
w(['a,b'], quotechar=None)
w(['a"b'], quoting=csv.QUOTE_NONE, escapechar='\\')
w(['1e5', 1e100, float('nan'), 10**20])
