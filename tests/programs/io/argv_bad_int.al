# A program that trusts its arguments: int() of a bad argument is an
# uncaught ValueError, reported with CPython's traceback after the output
# so far.
import sys


def repeat(word, times):
    return " ".join([word] * int(times))


print(sys.argv[1:])
print(repeat(sys.argv[1], sys.argv[2]))
print(repeat(sys.argv[3], sys.argv[4]))
