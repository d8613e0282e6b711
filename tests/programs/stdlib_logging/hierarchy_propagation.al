# Logger hierarchy: placeholders fixed up when parents appear later,
# effective levels, propagation to ancestors' handlers, handler levels,
# disabled loggers, NullHandler, hasHandlers, getChild.
import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag

    def emit(self, record):
        print(self.tag, record.name, record.levelname, record.getMessage())


child = logging.getLogger("a.b.c")
print(child.parent is logging.root, child.getEffectiveLevel())
mid = logging.getLogger("a.b")
print(child.parent is mid, mid.parent is logging.root)
top = logging.getLogger("a")
print(mid.parent is top, child.parent is mid)
top.addHandler(ListHandler("top"))
mid.addHandler(ListHandler("mid", logging.ERROR))
top.setLevel(logging.INFO)
child.debug("hidden")
child.info("info from c")
child.error("error from c")
mid.propagate = False
child.warning("stops at mid")
mid.propagate = True
child.disabled = True
child.critical("disabled")
child.disabled = False
print(child.hasHandlers(), logging.getLogger("zz").hasHandlers())
n = logging.getLogger("quiet")
n.addHandler(logging.NullHandler())
n.propagate = False
n.error("nothing")
print(top.getChild("b.c") is child, repr(child), repr(logging.root))
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("a")))
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)
top.setLevel("WARNING")
print(top.level, child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.WARNING))
h = ListHandler("lvl")
try:
    h.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
logging.disable()
child.critical("all off")
logging.disable(logging.NOTSET)
child.critical("back on")
