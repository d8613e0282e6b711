# Parsing and producing delimited text entirely in memory with io.StringIO:
# readline loops, iteration, seek back to re-read, tell() positions, write
# after truncate, newline handling of the constructor, and a small
# round-trip table.
import io

src = io.StringIO("id;name;score\r\n1;ann;7.5\r\n2;bob;8\r\n\r\n3;cy;x\r\n", newline="")
header = src.readline()
print(repr(header), src.tell())
rows = []
for line in src:
    line = line.rstrip("\r\n")
    if not line:
        continue
    rows.append(line.split(";"))
print(rows)
src.seek(0)
print(src.read(2), src.readline(), src.readlines()[-1:])
t = io.StringIO("a\r\nb\rc\n")
print(t.readlines(), io.StringIO("a\r\nb\rc\n", newline=None).readlines())
out = io.StringIO()
good, bad = 0, []
for r in rows:
    try:
        out.write(f"{int(r[0]):03d},{r[1].upper()},{float(r[2]):.1f}\n")
        good += 1
    except ValueError as e:
        bad.append((r[0], str(e)))
print(repr(out.getvalue()), good, bad)
out.seek(0)
out.truncate(out.getvalue().index("\n") + 1)
out.seek(0, 2)
out.write("END\n")
print(repr(out.getvalue()), out.tell(), len(out.getvalue()))
w = io.StringIO(newline="\r\n")
w.write("one\ntwo\n")
print(repr(w.getvalue()), w.tell())
