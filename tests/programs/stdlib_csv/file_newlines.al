# CSV files with embedded newlines written with newline='' and read back with and without it.
import csv
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "multi.csv")
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows([["id", "text"], [1, "line one\r\nline two"], [2, "cr\ronly"], [3, "lf\nonly"]])
    with open(path, "rb") as f:
        print(f.read())
    with open(path, newline="") as f:
        print(list(csv.reader(f)))
    with open(path) as f:
        print(list(csv.reader(f)))
    with open(path, "w") as f:
        csv.writer(f, lineterminator="\n").writerows([["a", "b"], ["c", "d"]])
    with open(path, newline="") as f:
        r = csv.DictReader(f)
        print(r.fieldnames, list(r), r.line_num)
