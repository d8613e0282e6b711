# A booking calendar on bisect: keeps non-overlapping intervals sorted by
# start with insort, finds conflicts by bisecting neighbours, finds free
# gaps, and maps times to shifts with bisect_right over boundaries; key=
# functions look into tuples and objects.
import bisect


class Booking:
    def __init__(self, start, end, who):
        self.start, self.end, self.who = start, end, who

    def __repr__(self):
        return f"{self.who}[{self.start}-{self.end})"


calendar = []


def book(start, end, who):
    if start >= end:
        raise ValueError(f"empty booking {start}-{end}")
    i = bisect.bisect_left(calendar, start, key=lambda b: b.start)
    if i > 0 and calendar[i - 1].end > start:
        raise ValueError(f"{who} overlaps {calendar[i - 1]}")
    if i < len(calendar) and calendar[i].start < end:
        raise ValueError(f"{who} overlaps {calendar[i]}")
    bisect.insort(calendar, Booking(start, end, who), key=lambda b: b.start)


for args in [(9, 10, "ann"), (13, 15, "bob"), (10, 11, "cy"), (14, 16, "dee"), (8, 9, "eve"), (11, 11, "fay"), (12, 13, "gus"), (8, 10, "hal")]:
    try:
        book(*args)
        print("booked", args[2], calendar)
    except ValueError as e:
        print("refused:", e)
free, t = [], 8
for b in calendar:
    if b.start > t:
        free.append((t, b.start))
    t = max(t, b.end)
if t < 18:
    free.append((t, 18))
print("free:", free)
bounds, shifts = [6, 14, 22], ["night", "early", "late", "night"]
print([(h, shifts[bisect.bisect_right(bounds, h)]) for h in [0, 6, 13, 14, 21, 22, 23]])
scores = sorted([("ann", 71), ("bob", 88), ("cy", 64), ("dee", 88), ("eve", 93)], key=lambda p: p[1])
print(scores[bisect.bisect_left(scores, 88, key=lambda p: p[1]):], bisect.bisect(scores, 70, key=lambda p: p[1]))
try:
    bisect.insort(calendar, Booking(1, 2, "x"))
except TypeError as e:
    print("TypeError:", e)
