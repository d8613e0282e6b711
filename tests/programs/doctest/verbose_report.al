"""Verbose mode: each example's "Trying:"/"Expecting:" and "ok", then the
items with no tests, the ones that passed and the ones that failed, and
the totals. `exclude_empty` and `-v` in sys.argv choose what is shown."""
import sys
import doctest
import dtcapture


def greet(name):
    """
    >>> greet("Ada")
    'Hello, Ada!'
    >>> for n in ("x", "y"):
    ...     print(greet(n))
    Hello, x!
    Hello, y!
    >>> greet("")
    Traceback (most recent call last):
    ValueError: empty name
    """
    if not name:
        raise ValueError("empty name")
    return "Hello, %s!" % name


def shout(text):
    """Upper case, with a wrong example.

    >>> shout("hi")
    'HI!'
    >>> shout("a b").split()
    ['A', 'B']
    """
    return text.upper()


def undocumented():
    return None


def prose_only():
    """A docstring without any example."""


class Counter:
    """
    >>> c = Counter()
    >>> c.tick(); c.tick()
    >>> c.n
    2
    """
    n = 0

    def tick(self):
        self.n += 1

    def reset(self):
        """Sets n back to 0."""
        self.n = 0


print(dtcapture.run(doctest.testmod, verbose=True))
print("--- exclude_empty=True")
print(dtcapture.run(doctest.testmod, verbose=True, exclude_empty=True))
print("--- -v in sys.argv")
sys.argv.append("-v")
print(dtcapture.run(doctest.run_docstring_examples, Counter, {"Counter": Counter},
                    verbose=None, name="Counter"))
print(dtcapture.run(doctest.testmod, m=sys.modules[__name__], name="greetings",
                    exclude_empty=True, report=True))
