# basicConfig with level and format; messages on stderr, then an uncaught
# exception so stderr is compared; a formatting error in a message is
# reported as "--- Logging error ---" and the program goes on.
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s:%(lineno)d %(message)s")
log = logging.getLogger("main")
log.debug("starting %s", "up")
logging.info("root info")


def compute(xs):
    log.info("computing %d items", len(xs))
    return sum(xs)


print(compute([1, 2, 3]))
logging.basicConfig(level=logging.ERROR)
logging.getLogger().warning("basicConfig again does nothing")
logging.basicConfig(level=logging.ERROR, force=True, format="%(message)s")
logging.warning("hidden")
logging.error("shown %r", [1])
raise ValueError("end")
