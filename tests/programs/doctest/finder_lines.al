"""What testmod finds and the line it reports for each: decorated
functions, methods of the same name in several classes, docstrings on
the def line, nested classes, classmethods and staticmethods, imported
functions (left out), `__test__` entries of every kind, and a module
beside the program tested with testmod(m)."""
import functools
import doctest
import dtcapture
import dt_shapes
from dt_shapes import Circle


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@logged
def double(x):
    """
    >>> double(2)
    5
    """
    return x * 2


@logged
@functools.lru_cache(maxsize=None)
def triple(x):
    """>>> triple(1)
    4
    """
    return x * 3


def one_liner(): """>>> one_liner()
    'x'
    """


class First:
    def run(self):
        """
        >>> First().run()
        'first!'
        """
        return "first"


class Second:
    def run(self):
        """
        >>> Second().run()
        'second!'
        """
        return "second"

    class Deeper:
        def run(self):
            """
            >>> Second.Deeper().run()
            'deeper!'
            """
            return "deeper"

    @classmethod
    def make(cls):
        """
        >>> type(Second.make())
        None
        """
        return cls()

    @staticmethod
    def helper():
        r'''
        >>> Second.helper()
        'help!'
        '''
        return "help"

    handler = lambda self: None


async def fetch():
    """
    >>> fetch.__name__
    'fetch!'
    """


def not_tested():
    """
    >>> not_tested()
    'never'
    """


__test__ = {
    "text": """
    >>> 6 * 7
    41
    """,
    "func": not_tested,
    "cls": First,
    "mod": dt_shapes,
}

dtcapture.run(doctest.testmod)
print("--- the module beside")
print(dtcapture.run(doctest.testmod, dt_shapes))
print(dtcapture.run(doctest.testmod, dt_shapes, name="shapes", report=False))
try:
    doctest.testmod("dt_shapes")
except TypeError as e:
    print("TypeError:", e)
