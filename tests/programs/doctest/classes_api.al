"""doctest's classes used directly: DocTestParser, Example, DocTest,
DocTestFinder, DocTestRunner (custom `out`, summarize, merge),
OutputChecker, DebugRunner with DocTestFailure and UnexpectedException."""
import doctest
import dtcapture

DOC = """
Some text.

    >>> x = 2
    >>> x * 21
    42
    >>> if x:
    ...     print("yes")
    ...
    yes
    >>> raise ValueError("no")  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    Traceback (most recent call last):
      ...
    ValueError: no

More text.
"""

parser = doctest.DocTestParser()
pieces = parser.parse(DOC, "DOC")
print(len(pieces), [type(p).__name__ for p in pieces])
print([p for p in pieces if isinstance(p, str)])
for ex in parser.get_examples(DOC):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent,
          sorted(ex.options.items()))
test = parser.get_doctest(DOC, {"y": 1}, "DOC", "doc.txt", 10)
print(test, test.name, test.filename, test.lineno, test.globs)
print(test.docstring == DOC, len(test.examples))
print(doctest.DocTest([], {}, "empty", None, None, ""))
print(doctest.DocTest(test.examples[:1], {}, "one", "f", 0, ""))

e = doctest.Example("print(1)", "1")
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(e == doctest.Example("print(1)\n", "1\n"), e == doctest.Example("x", "1"))
e = doctest.Example("f()", "", exc_msg="E: m", lineno=3, indent=2,
                    options={doctest.ELLIPSIS: True})
print(repr(e.exc_msg), e.lineno, e.indent, e.options)

for bad in (">>>x = 1\n", "  >>> x\n 1\n", ">>> x\n  ... y\n", ">>> # doctest: +ELLIPSIS\n",
            "  >>> 1\n  1\nno blank line\n", "\n    >>> x\n    ... y\n  ... z\n"):
    try:
        parser.get_examples(bad, "bad")
    except ValueError as exc:
        print("ValueError:", exc)

checker = doctest.OutputChecker()
print(checker.check_output("1\n", "1\n", 0), checker.check_output("1\n", "True\n", 0),
      checker.check_output("a ... c\n", "a b c\n", doctest.ELLIPSIS),
      checker.check_output("a  b\n", "a b\n", doctest.NORMALIZE_WHITESPACE),
      checker.check_output("\xe9\n", "\\xe9\n", 0))
ex = doctest.Example("f()", "a\nb\nc\nd\n")
print(checker.output_difference(ex, "a\nB\nc\nd\n", 0), end="")
print(checker.output_difference(ex, "a\nB\nc\nd\n", doctest.REPORT_UDIFF), end="")
print(checker.output_difference(doctest.Example("f()", ""), "\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end="")


def documented():
    """
    >>> documented()
    'doc'
    >>> 1 + 1
    3
    """
    return "doc"


class Shelf:
    """
    >>> Shelf().books
    []
    """
    def __init__(self):
        self.books = []

    def add(self, b):
        """
        >>> s = Shelf(); s.add("x"); s.books
        ['x']
        """
        self.books.append(b)


finder = doctest.DocTestFinder()
tests = finder.find(Shelf, "Shelf", globs={"Shelf": Shelf})
print([(t.name, len(t.examples), t.lineno) for t in tests])
print([t.name for t in doctest.DocTestFinder(recurse=False).find(Shelf, "Shelf")])
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(Shelf.__init__, "init")])
try:
    finder.find(42)
except ValueError as exc:
    print("ValueError:", exc)

lines = []
runner = doctest.DocTestRunner(verbose=False)
for t in tests + finder.find(documented, globs={"documented": documented}):
    print(runner.run(t, out=lines.append))
print(len(lines))
print(dtcapture.clean("".join(lines)), end="")
print(runner.tries, runner.failures)
res = dtcapture.run(runner.summarize)
print(res)
res = dtcapture.run(runner.summarize, verbose=True)
other = doctest.DocTestRunner()
for t in finder.find(documented, globs={"documented": documented}):
    other.run(t, out=lines.append)
runner.merge(other)
dtcapture.run(runner.summarize)

debug = doctest.DebugRunner(verbose=False)
t = finder.find(documented, globs={"documented": documented})[0]
try:
    debug.run(t)
except doctest.DocTestFailure as failure:
    print(type(failure).__name__, failure.test.name, repr(failure.example.source),
          repr(failure.got))
    print(sorted(t.globs))
t = parser.get_doctest(">>> 1/0\n", {}, "boom", "boom.txt", 0)
try:
    debug.run(t)
except doctest.UnexpectedException as failure:
    print(type(failure).__name__, failure.test.name, failure.exc_info[0].__name__,
          failure.exc_info[1])
print(issubclass(doctest.DebugRunner, doctest.DocTestRunner))
print([c.__module__ + "." + c.__qualname__ for c in (
    doctest.Example, doctest.DocTest, doctest.DocTestParser, doctest.DocTestFinder,
    doctest.DocTestRunner, doctest.OutputChecker, doctest.DebugRunner,
    doctest.DocTestFailure, doctest.UnexpectedException, doctest.TestResults)])
print(type(doctest.TestResults(0, 0)), doctest.TestResults._fields)
