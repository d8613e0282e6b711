# A word-frequency tool: counts the words of the files named on the command
# line (or of wordfreq_sample.txt beside this program, found through
# __file__) and prints the ten most common.
#
#   alc examples/wordfreq.al -o wordfreq && ./wordfreq README.md docs/*.md
import os
import sys
from collections import Counter


def words(line):
    for raw in line.split():
        w = raw.strip(".,;:!?()[]{}\"'`*#<>").lower()
        if w:
            yield w


def main(paths):
    counts = Counter()
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    counts.update(words(line))
        except (OSError, UnicodeDecodeError) as e:
            print(f"wordfreq: {e}", file=sys.stderr)
            return 2
    for word, n in counts.most_common(10):
        print(f"{n:4} {word}")
    print(sum(counts.values()), "words,", len(counts), "distinct")
    return 0


if __name__ == "__main__":
    here = os.path.dirname(__file__)
    sys.exit(main(sys.argv[1:] or [os.path.join(here, "wordfreq_sample.txt")]))
