# Command-line arguments (from argv.args) and reading stdin (argv.in).
import sys
print(sys.argv[1:], len(sys.argv))
for line in ["first", "second"]:
    print(line, input())
total = 0
while True:
    try:
        total += int(input())
    except EOFError:
        break
print("total", total)
if "--fail" in sys.argv:
    sys.exit(4)
