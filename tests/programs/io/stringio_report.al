# io.StringIO as a place to build text: print(file=...) into it, capture a
# function's output by swapping sys.stdout, parse text back by lines, and
# position, truncate and getvalue along the way.
import io
import sys


def render(rows):
    for name, score in rows:
        print(f"{name:.<10}{score:>4}")
    print(f"{'total':.<10}{sum(s for _, s in rows):>4}")


def capture(fn, *args):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        fn(*args)
    finally:
        sys.stdout = old
    return buf.getvalue()


text = capture(render, [("ann", 12), ("bob", 7), ("cat", 30)])
print(repr(text))
buf = io.StringIO(text)
print(buf.readline(), end="")
print(buf.tell(), [line.rstrip() for line in buf])
buf.seek(0)
print(len(buf.read()), buf.read() == "")
log = io.StringIO()
for i in range(3):
    print("event", i, sep="=", end=";", file=log)
print(log.getvalue(), log.tell())
log.seek(8)
log.truncate()
log.write("!")
print(repr(log.getvalue()))
log.seek(0)
log.write("EV")
print(repr(log.getvalue()), log.tell())
try:
    capture(lambda: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, sys.stdout is sys.__stdout__)
log.close()
try:
    log.getvalue()
except ValueError as e:
    print("ValueError:", e)
