# A log-file summariser: reads log files (or logsummary_sample.log beside
# this program) and reports the records per level, the busiest components,
# the most common error messages and the time span covered.
#
#   alc examples/logsummary.al -o logsummary
#   ./logsummary --since 2026-12-02 --level WARN server.log
#   ./logsummary --help
import argparse
import os
import re
import sys
from collections import Counter
from datetime import datetime

RECORD = re.compile(
    r"^(?P<when>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\s+"
    r"(?P<level>DEBUG|INFO|WARN|ERROR)\s+"
    r"\[(?P<component>[\w.-]+)\]\s+(?P<message>.*)$")
LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"]
# An error's kind: its message up to a colon ("connection lost: ...").
KIND = re.compile(r"^[^:]*")


def day(text):
    """An argparse type: a date written YYYY-MM-DD."""
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}")


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="logsummary",
        description="Summarise log files: records per level, busiest "
                    "components, most common errors.")
    parser.add_argument("paths", nargs="*", metavar="FILE",
                        help="log files to read (default: the sample log)")
    parser.add_argument("--since", type=day, metavar="DATE",
                        help="ignore records before DATE (YYYY-MM-DD)")
    parser.add_argument("--level", choices=LEVELS, default="DEBUG",
                        help="lowest level to count (default: %(default)s)")
    parser.add_argument("--top", type=int, default=3,
                        help="how many components and errors to list")
    return parser.parse_args(argv)


def records(path, stats):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            match = RECORD.match(line.rstrip("\n"))
            if match is None:
                stats["skipped"].append(f"{os.path.basename(path)}:{number}")
                continue
            yield (datetime.strptime(match["when"], "%Y-%m-%d %H:%M:%S"),
                   match["level"], match["component"], match["message"])


def main(argv):
    args = parse_args(argv)
    paths = args.paths or [os.path.join(os.path.dirname(__file__),
                                        "logsummary_sample.log")]
    lowest = LEVELS.index(args.level)
    levels = Counter()
    components = Counter()
    errors = Counter()
    stats = {"skipped": []}
    first = last = None
    for path in paths:
        try:
            for when, level, component, message in records(path, stats):
                if args.since and when < args.since:
                    continue
                if LEVELS.index(level) < lowest:
                    continue
                first = when if first is None else min(first, when)
                last = when if last is None else max(last, when)
                levels[level] += 1
                components[component] += 1
                if level == "ERROR":
                    errors[KIND.match(message).group()] += 1
        except OSError as e:
            print(f"logsummary: {e}", file=sys.stderr)
            return 1
    if first is None:
        print("no records")
        return 0
    print(f"{sum(levels.values())} records from {first:%Y-%m-%d %H:%M} "
          f"to {last:%Y-%m-%d %H:%M} ({last - first} apart)")
    for level in LEVELS[lowest:]:
        print(f"  {level:<5} {levels[level]:3}")
    print("busiest components:")
    for component, n in components.most_common(args.top):
        print(f"  {component:<6} {n:3}")
    if errors:
        print("most common errors:")
        for message, n in errors.most_common(args.top):
            print(f"  {n} x {message}")
    if stats["skipped"]:
        print("lines that are not records:", ", ".join(stats["skipped"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
