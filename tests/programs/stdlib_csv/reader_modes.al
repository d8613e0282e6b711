# csv: reader modes, compared with CPython.
import csv, io
def t(f):
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__+":", e)
print(list(csv.reader(['1,,2,"","3"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, "b,c", d'], skipinitialspace=True)))
print(list(csv.reader(['a,"b', 'c"d,e'])))
print(list(csv.reader(['a,"b\n', 'c"\n', 'x\n'])))
print(list(csv.reader(['a\\,b,"c\\"d"'], escapechar='\\')))
print(list(csv.reader(['"a""b",c'], doublequote=False)))
print(list(csv.reader(['a\tb'], dialect='excel-tab')), list(csv.reader(['', ' ', 'a\r\n', '\r\n'])))
print(csv.unix_dialect.quoting, repr(csv.unix_dialect.lineterminator))
class D(csv.Dialect): delimiter=';'
try: D()
except Exception as e: print(type(e).__name__, e)
class E(csv.excel): delimiter=';'
print(E().delimiter, list(csv.reader(['1;2'], E)), list(csv.reader(['1;2'], E())))
r = csv.reader(['a', '"b', 'c"', 'd'])
for row in r: print(row, r.line_num)
print(list(csv.reader(['"abc" x'])), list(csv.reader(['a"b"c'])))
d = csv.get_dialect('excel')
