"""Expected and unexpected exceptions in examples: the traceback body is
ignored, the last line(s) compared; unexpected ones are reported with the
traceback through functions defined in the examples, and an example that
does not compile reports its SyntaxError."""
import doctest
import dtcapture


class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    """
    >>> withdraw(10, 3)
    7
    >>> withdraw(10, 30)
    Traceback (most recent call last):
      File "bank.py", line 1, in withdraw
    InsufficientFunds: need 20 more
    >>> withdraw(10, 30)
    Traceback (innermost last):
    __main__.InsufficientFunds: need 20 more
    >>> withdraw(10, -1)
    Traceback (most recent call last):
    ValueError: amount must be positive,
    got -1
    >>> withdraw(10, -2)
    Traceback (most recent call last):
    ValueError: amount must be positive,
    got -1
    >>> print("before"); withdraw(1, 5)
    Traceback (most recent call last):
    InsufficientFunds: need 4 more
    """
    if amount < 0:
        raise ValueError("amount must be positive,\ngot %d" % amount)
    if amount > balance:
        raise InsufficientFunds("need %d more" % (amount - balance))
    return balance - amount


def nested():
    """
    >>> def outer(x):
    ...     return inner(x) + 1
    >>> def inner(x):
    ...     return 10 // x
    >>> outer(2)
    6
    >>> outer(0)
    6
    >>> [1, 2][5]
    >>> {}["missing"]
    Traceback (most recent call last):
    KeyError: 'other'
    """


def syntax():
    """
    >>> x = = 1
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> raise SystemExit(3)
    >>> print("still running")
    still running
    """


def chained():
    """
    >>> try:
    ...     {}["k"]
    ... except KeyError as e:
    ...     raise RuntimeError("lookup failed") from e
    Traceback (most recent call last):
    RuntimeError: lookup failed
    >>> try:
    ...     1/0
    ... except ZeroDivisionError:
    ...     raise ValueError("bad")
    """


for f in (withdraw, nested, syntax, chained):
    dtcapture.run(doctest.run_docstring_examples, f,
                  {"withdraw": withdraw, "InsufficientFunds": InsufficientFunds},
                  name=f.__name__)
