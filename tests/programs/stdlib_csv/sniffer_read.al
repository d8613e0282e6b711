import csv
import io

data = 'id;name;note\n1;"Smith; J";ok\n2;"Doe";"said ""hi"""\n'
dialect = csv.Sniffer().sniff(data)
print(dialect.delimiter, dialect.quotechar, dialect.doublequote)
for row in csv.reader(io.StringIO(data), dialect):
    print(row)
out = io.StringIO()
w = csv.writer(out, dialect)
w.writerow(["a;b", 'q"', 3])
print(repr(out.getvalue()))
print(issubclass(dialect, csv.Dialect), dialect.__name__)
with open("f.csv", "w", newline="") as f:
    f.write("x\ty\n1\t2\n3\t4\n")
with open("f.csv", newline="") as f:
    d = csv.Sniffer().sniff(f.read(1024))
    f.seek(0)
    print(repr(d.delimiter), list(csv.reader(f, d)))
