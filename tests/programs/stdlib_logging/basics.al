# logging: loggers, handlers, formatters, filters, adapters, levels, the
# caller's line and function, exceptions.
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
import sys

sys.stderr = sys.stdout  # after the cleaning stdout above
logging.getLogger("a").warning("no config %s", 1)
logging.getLogger("a").info("not shown")
logging.warning("root warn")
logging.info("root info hidden")
print(logging.root.handlers, logging.getLogger().level, logging.getLogger("a"), logging.getLogger("a.b").parent)
log = logging.getLogger("app.db")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(lineno)d|%(funcName)s|%(module)s|%(filename)s|%(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)


def work():
    log.debug("debug %d", 5)
    log.info("info %(x)s", {"x": 3})


work()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
log.propagate = False
log.error("no propagate")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
log.log(15, "verbose msg")
f = logging.Formatter("{levelname}:{message}", style="{")
h.setFormatter(f)
log.warning("brace")
adapter = logging.LoggerAdapter(log, {"k": 1})
adapter.warning("adapted")
print(repr(log), repr(h), log.getEffectiveLevel(), log.isEnabledFor(5), repr(adapter))


class F(logging.Filter):
    def filter(self, r):
        return "skip" not in r.getMessage()


log.addFilter(F())
log.warning("skip me")
log.warning("keep me")
print(logging.getLogger("app").getChild("db") is log)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s %(k)s"))
log.warning("extra", extra={"k": "v"})
try:
    log.warning("bad", extra={"msg": 1})
except KeyError as e:
    print("KeyError:", e)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))


class Service:
    def run(self):
        log.info("in method")
        helper()


def helper():
    log.info("in helper", stacklevel=2)


Service().run()
log.info("stack", stack_info=True)
logging.disable(logging.INFO)
log.info("disabled")
log.warning("still on")
logging.disable(logging.NOTSET)
print(logging.getLevelNamesMapping()["WARN"], logging.BASIC_FORMAT)
r = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 20})
print(r.getMessage(), r.msg, r.levelno)
try:
    logging.getLogger().setLevel("NOPE")
except ValueError as e:
    print("ValueError:", e)
print(logging.getLogger("x.y.z").parent.name, logging.getLogger("x.y").parent.name)
print(logging.getLogger("x.y.z").parent.name)
