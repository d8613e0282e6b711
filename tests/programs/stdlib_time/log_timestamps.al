# Log processing with time: parse "YYYY-mm-dd HH:MM:SS" stamps by hand into
# struct_time tuples, convert with mktime (TZ=UTC), bucket events per hour
# with strftime, measure gaps, and reformat in several styles; invalid
# fields are caught by mktime/strftime's own checks.
import time

LOG = """2024-03-09 23:58:10 INFO start
2024-03-10 00:01:02 WARN disk 91%
2024-03-10 00:01:59 INFO retry
2024-03-10 00:47:30 ERROR disk full
2024-03-10 01:00:00 INFO rotate
2024-03-10 13:15:45 INFO done"""


def parse_stamp(text):
    date, clock = text.split()
    y, mo, d = map(int, date.split("-"))
    h, mi, s = map(int, clock.split(":"))
    return int(time.mktime((y, mo, d, h, mi, s, 0, 0, -1)))


events = []
for line in LOG.splitlines():
    stamp, level, msg = line[:19], line[20:].split()[0], " ".join(line[20:].split()[1:])
    events.append((parse_stamp(stamp), level, msg))
print([e[0] for e in events])
buckets = {}
for t, level, _ in events:
    key = time.strftime("%a %d %b %H:00", time.gmtime(t))
    buckets.setdefault(key, []).append(level)
for k, v in buckets.items():
    print(f"{k}  {len(v)}  {','.join(v)}")
gaps = [b[0] - a[0] for a, b in zip(events, events[1:])]
print(gaps, max(gaps) // 3600, "h", max(gaps) % 3600 // 60, "min")
t0 = events[0][0]
for fmt in ["%Y-%m-%dT%H:%M:%SZ", "%d/%m/%y %I:%M %p", "%A, %B %d, %Y", "%j|%U|%W|%u"]:
    print(time.strftime(fmt, time.gmtime(t0)))
print(time.gmtime(t0 + 86400 * 366)[:3], time.asctime(time.gmtime(t0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 61, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 7, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        print(time.strftime("%Y-%m-%d %H:%M:%S", bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    parse_stamp("2024-03-10 aa:00:00")
except ValueError as e:
    print("ValueError:", e)
