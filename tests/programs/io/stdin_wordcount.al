# A wc-like program over sys.stdin: iterates its lines, counts lines, words
# and characters, the most common words (ties in first-seen order) and the
# longest line.
import sys
from collections import Counter

lines = words = chars = 0
freq = Counter()
longest = ""
for line in sys.stdin:
    lines += 1
    chars += len(line)
    ws = line.lower().replace(",", " ").replace(".", " ").split()
    words += len(ws)
    freq.update(ws)
    if len(line.rstrip("\n")) > len(longest):
        longest = line.rstrip("\n")
print(f"{lines:>4} {words:>4} {chars:>5}")
for word, n in freq.most_common(4):
    print(f"{word:<8}{n:>3} {'*' * n}")
print("longest:", repr(longest))
print("after the loop:", repr(sys.stdin.readline()), repr(sys.stdin.read()))
