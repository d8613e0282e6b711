# Command-line arguments that are not UTF-8 (argv_bytes.args): decoded
# with surrogateescape, and encoded back to the bytes the program got.
import os
import sys

print(ascii(sys.argv[1:]), len(sys.argv))
print([os.fsencode(a) for a in sys.argv[1:]])
try:
    print(sys.argv[1])
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
