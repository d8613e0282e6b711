# Writes a small comma-separated table, reads it back with a parser that
# handles quoting, aggregates by a column and writes a sorted report file,
# which is then printed.
rows = [
    ("name", "dept", "salary"),
    ("Ana", "eng", "120"),
    ("Bo", "ops", "80"),
    ('Cy "the great"', "eng", "135"),
    ("Di, Jr.", "sales", "90"),
    ("Ed", "ops", "85"),
]


def quote(field):
    if any(c in field for c in ',"\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


def parse_line(line):
    fields, cur, i, quoted = [], [], 0, False
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"' and line[i + 1:i + 2] == '"':
                cur.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                cur.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    fields.append("".join(cur))
    return fields


with open("staff.csv", "w", newline="") as f:
    for row in rows:
        f.write(",".join(quote(x) for x in row) + "\r\n")
print(repr(open("staff.csv", newline="").readline()))
with open("staff.csv") as f:
    header = parse_line(f.readline().rstrip("\n"))
    records = [dict(zip(header, parse_line(line.rstrip("\n")))) for line in f]
print(header, len(records), records[2])
totals = {}
for r in records:
    totals.setdefault(r["dept"], []).append(int(r["salary"]))
with open("report.txt", "w") as out:
    for dept, pay in sorted(totals.items(), key=lambda kv: -sum(kv[1])):
        print(f"{dept:<6}{len(pay):>3}{sum(pay):>6}{sum(pay) / len(pay):>8.1f}", file=out)
    out.writelines(["-" * 23, "\n", f"{'all':<6}{len(records):>3}{sum(map(sum, totals.values())):>6}\n"])
with open("report.txt") as f:
    print(f.read(), end="")
print(open("staff.csv").read() == open("staff.csv", newline="").read().replace("\r\n", "\n"))
