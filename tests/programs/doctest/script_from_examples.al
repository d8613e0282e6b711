"""script_from_examples turns examples into code and the rest into
comments; testsource does it for one docstring of a module."""
import sys
import doctest


def area(w, h):
    """Area of a rectangle.

    >>> area(2, 3)
    6
    >>> for w in range(2):
    ...     area(w, 10)
    0
    10

    Negative sizes are not checked:   

    >>> area(-1, 2)
    -2
    """
    return w * h


TEXT = """
Set x and y to 1 and 2.
>>> x, y = 1, 2

Print their sum:
>>> print(x+y)
3
    indented text # with a comment
>>> y  # doctest: +SKIP
"""

print(doctest.script_from_examples(TEXT), end="")
print("---")
for s in ("", "abc", "abc\ndef", ">>> x\n  y  \n", "\n\n>>> a\n\n\n",
          ">>> a\nb\n\n\ntext\n\n\n>>> c\n", ">>> # only a comment\n"):
    print(repr(doctest.script_from_examples(s)))
print("---")
print(doctest.testsource(sys.modules[__name__], "__main__.area"), end="")
script = doctest.testsource(sys.modules[__name__], "__main__.area")
exec(script, {"area": area})
try:
    doctest.testsource(sys.modules[__name__], "__main__.missing")
except ValueError as e:
    print("ValueError:", e)
