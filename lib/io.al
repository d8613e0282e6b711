"""The io module: text files and in-memory text streams.

What alc has of CPython's io: open(), the text file type TextIOWrapper,
StringIO, BytesIO, the binary file types BufferedReader, BufferedWriter
and BufferedRandom (what open() returns in binary modes),
UnsupportedOperation, the seek constants and text_encoding. FileIO and
the abstract base classes are not there yet.
"""

from _io import (BufferedRandom, BufferedReader, BufferedWriter, BytesIO,
                 DEFAULT_BUFFER_SIZE, StringIO, TextIOWrapper,
                 UnsupportedOperation, open)

# Where seek() positions count from.
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def text_encoding(encoding, stacklevel=2):
    """The encoding open() uses: 'locale' when encoding is None."""
    if encoding is None:
        return "locale"
    return encoding
