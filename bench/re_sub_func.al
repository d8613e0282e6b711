# quick: 300
# Regex benchmark: substitutions over 100,000 template lines: a function
# replacement filling {{name}} fields, a group template, and split.
import sys
import re

FIELD = re.compile(r"\{\{\s*(\w+)\s*\}\}")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
VALUES = {"name": "Ada", "city": "London", "lang": "Al", "n": "7"}


def make_lines(n):
    keys = ["name", "city", "lang", "n", "missing"]
    lines = []
    for i in range(n):
        k1 = keys[i % 5]
        k2 = keys[(i * 7) % 5]
        lines.append("Dear {{ %s }}, on 2023-%02d-%02d you met {{%s}} in {{ city }}; ref %d"
                     % (k1, i % 12 + 1, i % 28 + 1, k2, i))
    return lines


def fill(m):
    return VALUES.get(m.group(1), "?")


def main():
    lines = make_lines(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
    total = 0
    out = []
    for line in lines:
        s = FIELD.sub(fill, line)
        s = DATE.sub(r"\3/\2/\1", s)
        out.append(s)
        total += len(re.split(r"[,;]\s*", s))
    print(out[0])
    print(out[-1])
    print(total, sum(len(s) for s in out))


main()
