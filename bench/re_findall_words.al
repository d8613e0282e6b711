# quick: 3000
# Regex benchmark: word frequencies of a 6 MB text with findall, plus
# numbers and capitalised words found with search loops over lines.
import sys
import re

WORDS = ("the quick brown fox jumps over lazy dog while Python regular expressions "
         "compile patterns into programs that match text quickly and correctly 42 3.14").split()


def make_text(n):
    out = []
    x = 7
    for i in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        out.append(WORDS[x % len(WORDS)])
        if x % 11 == 0:
            out.append(",")
        if x % 17 == 0:
            out.append(".\n")
    return " ".join(out)


def main():
    text = make_text(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
    words = re.findall(r"[a-z]+", text)
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(words), top)
    nums = re.findall(r"\b\d+(?:\.\d+)?\b", text)
    print(len(nums), nums[:3])
    caps = 0
    for line in text.split("\n"):
        if re.search(r"\b[A-Z][a-z]+\b", line):
            caps += 1
    print(caps, len(re.findall(r"\w+ing\b|\w+ly\b", text)))


main()
