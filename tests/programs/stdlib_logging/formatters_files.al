# Formatters (% { $ styles, defaults, validation errors, fixed times),
# FileHandler in the working directory,
# LoggerAdapter.process, makeLogRecord, exc_info and stack_info.
import os
import sys

_DIR = os.path.dirname(__file__)


class _Clean:
    # Paths printed without the checkout's directory.
    def write(self, s):
        sys.__stdout__.write(s.replace(_DIR, "<dir>"))

    def flush(self):
        pass


sys.stdout = _Clean()
import logging
import os
import sys

import time

log = logging.getLogger("fmt")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.setLevel(logging.DEBUG)
for fmt, style in [("%(levelname)s|%(message)s", "%"), ("{name}/{levelno}: {message!r}", "{"),
                   ("$levelname $message", "$"), ("%(message)s [%(extra_field)s]", "%")]:
    h.setFormatter(logging.Formatter(fmt, style=style, defaults={"extra_field": "dflt"}))
    log.info("hello %s", "world")
for bad, style in [("no fields", "%"), ("{", "{"), ("no dollar", "$"), ("%(x)s", "?")]:
    try:
        logging.Formatter(bad, style=style)
    except ValueError as e:
        print("ValueError:", e)
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d %H:%M")
f.converter = time.gmtime
r = logging.makeLogRecord({"msg": "at a fixed time", "created": 86400 * 365.25 * 30, "msecs": 5.0})
print(f.format(r))
f2 = logging.Formatter("%(asctime)s|%(message)s")
f2.converter = time.gmtime
print(f2.format(r))
print(f2.formatTime(r, "%H"), f2.usesTime(), logging.Formatter("%(message)s").usesTime())


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
Ctx(log, {"id": 42}).warning("adapted %d", 7)
try:
    {}["k"]
except KeyError:
    log.error("with exc_info", exc_info=True)
err = ValueError("given")
log.error("exc instance", exc_info=err)

path = os.path.join(os.getcwd(), "app.log")
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
log.addHandler(fh)
log.info("to the file too")
log.debug("and this")
fh.close()
log.removeHandler(fh)
with open(path) as fp:
    print(fp.read(), end="")
print(os.path.basename(fh.baseFilename), repr(fh).endswith("app.log (NOTSET)>"))
