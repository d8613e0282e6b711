# quick: 600
# Regex benchmark: parse 200,000 web-server log lines with a compiled
# pattern of named groups, and tally statuses, methods and bytes.
import sys
import re

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<date>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)

METHODS = ["GET", "POST", "PUT", "GET", "GET", "DELETE"]
PATHS = ["/", "/index.html", "/api/v1/items", "/static/app.js", "/login", "/img/logo.png"]


def make_lines(n):
    lines = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        ip = "%d.%d.%d.%d" % (x & 255, (x >> 8) & 255, (x >> 16) & 255, i & 255)
        status = (200, 404, 500, 301)[x % 4]
        size = "-" if x % 7 == 0 else str(x % 50000)
        lines.append('%s - user%d [10/Oct/2000:13:%02d:%02d -0700] "%s %s HTTP/1.1" %d %s'
                     % (ip, x % 100, i % 60, x % 60, METHODS[x % 6], PATHS[(x >> 3) % 6], status, size))
        if i % 97 == 0:
            lines.append("malformed line %d" % i)
    return lines


def main():
    lines = make_lines(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
    statuses = {}
    methods = {}
    total = 0
    bad = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        st = m.group("status")
        statuses[st] = statuses.get(st, 0) + 1
        meth = m.group("method")
        methods[meth] = methods.get(meth, 0) + 1
        size = m.group("size")
        if size != "-":
            total += int(size)
    print(sorted(statuses.items()))
    print(sorted(methods.items()))
    print(total, bad)


main()
