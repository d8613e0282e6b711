# "Relinks": in a chat log of (speaker, message) records, count for each
# speaker the links they posted that someone else had posted before them.
# defaultdict(set) remembers who posted each link; the speakers come out
# sorted by their count, most first.
from collections import defaultdict
from operator import itemgetter

LOG = [
    ("ana", "have you seen https://example.org/rust-gc ?"),
    ("bo", "nice, also https://example.org/immix"),
    ("cy", "old news: https://example.org/rust-gc"),
    ("ana", "https://example.org/immix is great"),
    ("bo", "https://example.org/rust-gc and https://example.org/mmtk"),
    ("cy", "first time I see https://example.org/mmtk"),
    ("dee", "https://example.org/new-thing"),
    ("cy", "https://example.org/immix again"),
]


def links(message):
    return [w for w in message.split() if w.startswith("https://")]


posted_by = defaultdict(set)
relinks = defaultdict(int)
for speaker, message in LOG:
    for link in links(message):
        if posted_by[link] - {speaker}:
            relinks[speaker] += 1
        posted_by[link].add(speaker)

for speaker, n in sorted(relinks.items(), key=itemgetter(1), reverse=True):
    print(f"{speaker:4} {n}")
print(len(posted_by), "distinct links")
