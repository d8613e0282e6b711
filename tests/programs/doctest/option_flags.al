"""Every comparison flag, as a directive (`# doctest: +FLAG, -FLAG`) and
as `optionflags`, and flags registered by the program."""
import doctest
import dtcapture


def ellipsis():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> list(range(20))
    [0, 1, ..., 19]
    >>> print("start middle end")  # doctest: +ELLIPSIS
    start ... end
    >>> print("abc")  # doctest: +ELLIPSIS
    a...b...c...d
    >>> print("aa")  # doctest: +ELLIPSIS
    aa...aa
    >>> object()  # doctest: +ELLIPSIS
    <object object at 0x...>
    """


def whitespace():
    """
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0,   1,  2,  3,  4,  5,  6,  7,
     8,   9, 10, 11]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a ...
    >>> print("a  b")  # doctest: -NORMALIZE_WHITESPACE
    a b
    >>> print("x ")
    x
    """


def blanklines():
    """
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print("a\\n\\nb")  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print("\\n")
    <BLANKLINE>
    <BLANKLINE>
    >>> print("c\\n  \\nd")
    c
    <BLANKLINE>
    d
    """


def true_for_one():
    """
    >>> 1 == 1
    1
    >>> 1 == 2
    0
    >>> 2 > 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    """


def exception_detail():
    """
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else entirely
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'other'
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    IndexError: 'k'
    >>> int("x")
    Traceback (most recent call last):
    ValueError: something else entirely
    >>> raise TypeError("bad")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    TypeError: b...
    """


def skipped():
    """
    >>> print("never run")  # doctest: +SKIP
    something else
    >>> 1 + 1
    2
    """


def all_skipped():
    """
    >>> 1/0  # doctest: +SKIP
    """


CUSTOM = doctest.register_optionflag("CUSTOM_FLAG")
print(CUSTOM, doctest.register_optionflag("CUSTOM_FLAG") == CUSTOM)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)


def custom():
    """
    >>> print("custom")  # doctest: +CUSTOM_FLAG
    custom
    """


def bad_option():
    """
    >>> 1  # doctest: +NO_SUCH_FLAG
    1
    """


for f in (ellipsis, whitespace, blanklines, true_for_one, exception_detail,
          skipped, all_skipped, custom):
    dtcapture.run(doctest.run_docstring_examples, f, {}, name=f.__name__)
print("--- optionflags")
dtcapture.run(doctest.run_docstring_examples, ellipsis, {}, name="ellipsis",
              optionflags=doctest.ELLIPSIS)
dtcapture.run(doctest.run_docstring_examples, whitespace, {}, name="whitespace",
              optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
try:
    doctest.run_docstring_examples(bad_option, {})
except ValueError as e:
    print("ValueError:", e)
