"""What examples print and see: non-ASCII text, output without a final
newline, sys.stdout replaced while they run, `_` (the last value shown),
functions reading the test globals, and the globals cleared after a run
unless clear_globs is false."""
import doctest, sys
import dtcapture

def f():
    """
    >>> print("café")
    café
    >>> "café"
    'café'
    >>> print("naïve")
    naive
    >>> print("no newline", end="")
    no newline
    >>> sys.stdout.write("w\\n")
    w
    2
    >>> 5
    5
    >>> _
    5
    >>> x = 10
    >>> def g():
    ...     return x + 1
    >>> g()
    11
    >>> print(sys.stderr is sys.__stderr__, sys.stdout is sys.__stdout__)
    True False
    >>> "a\\nb"
    'a\\nb'
    >>> print(1.1 + 2.2)
    3.3
    >>> import math; math.pi  # doctest: +ELLIPSIS
    3.14...
    >>> class K:
    ...     def __repr__(self):
    ...         return "K()"
    >>> K()
    K()
    >>> [K()] * 2
    [K(), K()]
    >>> print("tab\\there")
    tab     here
    >>> print("\\u2603")
    ☃
    >>> "\\u2603"
    '\\u2603'
    """

globs = {"sys": sys}
dtcapture.run(doctest.run_docstring_examples, f, globs, name="f")
print(sorted(globs))
t = doctest.DocTestFinder().find(f, "f", globs={"sys": sys})[0]
r = doctest.DocTestRunner()
dtcapture.run(r.run, t)
print(t.globs)
t = doctest.DocTestFinder().find(f, "f", globs={"sys": sys})[0]
dtcapture.run(r.run, t, clear_globs=False)
print(sorted(t.globs))
