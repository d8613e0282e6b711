# quick: 500
# Strings: building lines with f-strings and %, splitting and joining,
# case changes, replace, find, slicing, and a run-length encoder that
# grows a string piece by piece.
import sys

WORDS = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "Eta", "theta",
         "iota", "kappa", "LAMBDA", "mu"]


def make_lines(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        v = WORDS[(i * 7) % len(WORDS)]
        lines.append(f"{i:06d};{w};{v.lower()};{i * 3 % 1000:>4};%s" % ("x" * (i % 5)))
    return lines


def process(lines):
    total = 0
    caps = 0
    out = []
    for line in lines:
        fields = line.split(";")
        key = fields[1].upper() + "-" + fields[2].title()
        if key.startswith("A") or key.endswith("a"):
            caps += 1
        total += int(fields[3].strip())
        out.append(",".join(reversed(fields)).replace("x", "y"))
    text = "\n".join(out)
    return total, caps, len(text), text.count("yy"), text.find("LAMBDA")


def rle(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i)
        i = j
    return out


def words_stats(lines):
    seen = set()
    longest = ""
    for line in lines:
        for part in line.replace(";", " ").split():
            if part.isalpha():
                seen.add(part.lower())
                if len(part) > len(longest):
                    longest = part
    return sorted(seen)[:4], longest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 150_000
lines = make_lines(n)
print(lines[0], lines[-1])
print(process(lines))
r = rle("".join(line[7:12] for line in lines[: n // 4]) + "zzzz" * 100)
print(len(r), r[:40], r[-12:])
print(words_stats(lines))
