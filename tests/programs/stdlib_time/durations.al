# Date arithmetic on epoch seconds with time.gmtime/mktime (TZ=UTC): days
# between dates, adding months with normalisation of out-of-range fields,
# human-readable durations, and a calendar page built from struct_times.
import time


def epoch(y, m, d, hh=0, mm=0, ss=0):
    return int(time.mktime((y, m, d, hh, mm, ss, 0, 0, 0)))


def days_between(a, b):
    return (epoch(*b) - epoch(*a)) // 86400


print(days_between((2024, 1, 1), (2024, 12, 31)), days_between((2023, 1, 1), (2024, 1, 1)), days_between((2000, 3, 1), (1900, 3, 1)))
print(time.gmtime(epoch(2024, 1, 31 + 29))[:3], time.gmtime(epoch(2023, 14, 1))[:3], time.gmtime(epoch(2024, 3, 0))[:3])
print(time.gmtime(epoch(2024, 1, 1, 25, 61, 61))[:6])


def humanize(seconds):
    parts = []
    for unit, size in [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]:
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n}{unit}")
    return " ".join(parts) or "0s"


for s in [0, 59, 3600, 3661, 86399, 90061, 10 ** 6]:
    print(s, humanize(s))


def calendar_page(year, month):
    first = time.gmtime(epoch(year, month, 1))
    next_month = time.gmtime(epoch(year, month + 1, 1))
    ndays = (time.mktime(next_month) - time.mktime(first)) // 86400
    lines = [time.strftime("%B %Y", first).center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * first.tm_wday + [f"{d:>2}" for d in range(1, int(ndays) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print(calendar_page(2024, 2))
print(calendar_page(2021, 8))
