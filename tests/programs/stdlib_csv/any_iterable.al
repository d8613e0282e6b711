# reader over any iterable of str (lists, generators, files), writer to any object with write().
import csv


def lines():
    yield "a,b"
    yield "1,2"
    yield "3,\"x\ny\""


print(list(csv.reader(lines())))
print(list(csv.reader(iter(["p;q"]), delimiter=";")))
print(list(csv.reader(("r%d,%d" % (i, i * i) for i in range(3)))))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s) * 10


s = Sink()
w = csv.writer(s)
print(w.writerow(["x", "y"]), w.writerows([[1], [2, 3]]), s.parts)
print(w.dialect.delimiter, w.dialect.lineterminator == "\r\n")
r = csv.reader([])
print(r.dialect.quotechar, r.line_num, list(r), iter(r) is r)
w.writerow(iter(["gen", "row"]))
w.writerow("abc")
w.writerow(range(3))
w.writerow({"k1": 1, "k2": 2})
print(s.parts[-4:])


class NoWrite:
    write = 5


for bad in [lambda: csv.writer(NoWrite()), lambda: csv.writer(), lambda: csv.reader(),
            lambda: csv.reader(5), lambda: csv.writer(s, "excel", "extra")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
