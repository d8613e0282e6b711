"""testmod with globs, extraglobs, name and raise_on_error, a verbose
DocTestFinder, the summary of every run so far (doctest.master), and
the errors for bad __test__ entries.
>>> VALUE
10
"""
import doctest, sys
import dtcapture

def f():
    """
    >>> VALUE + 1
    12
    >>> EXTRA
    'e'
    """

def g():
    """
    >>> 1/0
    """

print(dtcapture.run(doctest.testmod, extraglobs={"VALUE": 10, "EXTRA": "e"}))
print(dtcapture.run(doctest.testmod, globs={"VALUE": 11, "EXTRA": "x", "f": f}, name="custom"))
try:
    doctest.testmod(raise_on_error=True, extraglobs={"VALUE": 10, "EXTRA": "e"})
except doctest.DocTestFailure as e:
    print("failure", e.test.name, e.example.source, e.got)
except doctest.UnexpectedException as e:
    print("unexpected", e.test.name, e.example.source, e.exc_info[1])
print(dtcapture.clean(repr(dtcapture.run(doctest.DocTestFinder(verbose=True).find, sys.modules[__name__]))))
print(dtcapture.run(doctest.master.summarize, verbose=True))
__test__ = {"bad": 42}
try:
    doctest.testmod()
except ValueError as e:
    print(e)
__test__ = {1: "x"}
try:
    doctest.testmod()
except ValueError as e:
    print(e)
