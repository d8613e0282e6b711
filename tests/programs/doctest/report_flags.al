"""The reporting flags: unified, context and ndiff differences,
REPORT_ONLY_FIRST_FAILURE (later examples still run) and FAIL_FAST."""
import doctest
import dtcapture


def table():
    """
    >>> for i in range(1, 6):
    ...     print(i, i * i)
    1 1
    2 4
    3 10
    4 16
    5 26
    """


def short():
    """
    >>> print("one\\ntwo")
    one
    three
    """


def words():
    """
    >>> print("the quick brown fox\\njumps over\\nthe lazy dog")  # doctest: +REPORT_NDIFF
    the quick brown fax
    jumps over
    a lazy dog
    """


def steps():
    """
    >>> log = []
    >>> log.append(1); log
    [2]
    >>> log.append(2); log
    [1]
    >>> log
    [1, 2, 3]
    >>> print(log)
    [1, 2]
    """


for flag in ("REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF"):
    print("---", flag)
    for f in (table, short):
        dtcapture.run(doctest.run_docstring_examples, f, {}, name=f.__name__,
                      optionflags=getattr(doctest, flag))
print("--- directive")
dtcapture.run(doctest.run_docstring_examples, words, {}, name="words")
print("--- REPORT_ONLY_FIRST_FAILURE")
dtcapture.run(doctest.run_docstring_examples, steps, {}, name="steps",
              optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
print("--- FAIL_FAST")
dtcapture.run(doctest.run_docstring_examples, steps, {}, name="steps",
              optionflags=doctest.FAIL_FAST)
print("--- verbose REPORT_ONLY_FIRST_FAILURE")
dtcapture.run(doctest.run_docstring_examples, steps, {}, name="steps",
              verbose=True, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
