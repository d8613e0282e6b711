# Writing and reading CSV files opened with newline='' in a temporary directory.
import csv
import os
import tempfile

rows = [["id", "name", "note"], [1, "Ann", "says \"hi\""], [2, "Bob, Jr.", "two\nlines"],
        [3, "", None], [4.5, "é ü", " lead"]]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)
    with open(path, "rb") as f:
        print(f.read())
    with open(path, newline="") as f:
        r = csv.reader(f)
        for row in r:
            print(r.line_num, row)
    with open(path, "w", newline="") as f:
        csv.writer(f, dialect="unix").writerows(rows)
    with open(path, newline="") as f:
        print(f.read())
    with open(path, newline="") as f:
        for rec in csv.DictReader(f):
            print(rec)
    with open(path, "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
        w.writerows([["a", 1, 2.5], ["b", -3, 0.1]])
    with open(path, newline="") as f:
        print(list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC)))
