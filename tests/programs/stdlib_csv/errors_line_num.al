# csv.Error messages while reading, with the reader's line_num at the failure.
import csv
import io

cases = [
    ('a,b\n"unterminated\n', dict(strict=True)),
    ('x\n"a"b,c\n', dict(strict=True)),
    ('ok\nbad\rfield,1\n', {}),
    ('1,2\n3,abc\n', dict(quoting=csv.QUOTE_NONNUMERIC)),
    ("a\n" + "z" * 50 + "\n", {}),
]
old = csv.field_size_limit(20)
for text, kw in cases:
    r = csv.reader(io.StringIO(text, newline=""), **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e, "| line", r.line_num, rows)
    else:
        print("ok", rows, r.line_num)
print(csv.field_size_limit(old), csv.field_size_limit())
try:
    next(csv.reader([b"bytes line"]))
except csv.Error as e:
    print(e)
try:
    next(csv.reader([1]))
except csv.Error as e:
    print(e)
r = csv.reader(io.StringIO('a,"multi\nline\nfield",b\r\nnext\r\n'))
for row in r:
    print(row, r.line_num)
