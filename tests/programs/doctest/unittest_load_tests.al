"""The common way a package's test suite runs its doctests: a unittest
module's load_tests adds a DocTestSuite, and unittest.main() runs it with
the TestCase tests (all passing: the report is on stderr)."""
import unittest
import doctest


def slugify(text):
    """Lower case words joined by dashes.

    >>> slugify("Hello World")
    'hello-world'
    >>> slugify("  many   spaces ")
    'many-spaces'
    """
    return "-".join(text.lower().split())


class SlugTests(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(slugify(""), "")

    def test_one_word(self):
        self.assertEqual(slugify("Word"), "word")


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite())
    return tests


if __name__ == "__main__":
    unittest.main(verbosity=2)
