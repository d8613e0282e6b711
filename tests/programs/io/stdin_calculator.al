# A stack calculator reading one command per line with sys.stdin.readline()
# until it returns '': numbers push, operators pop, errors are reported per
# line and the program goes on.
import sys

stack = []
lineno = 0
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
}
while True:
    line = sys.stdin.readline()
    if not line:
        break
    lineno += 1
    for tok in line.split():
        try:
            if tok in ops:
                if len(stack) < 2:
                    raise IndexError(f"need 2 operands for {tok}, have {len(stack)}")
                b, a = stack.pop(), stack.pop()
                stack.append(ops[tok](a, b))
            elif tok == "dup":
                stack.append(stack[-1])
            elif tok == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif tok == "p":
                print(f"line {lineno}: {stack}")
            elif tok == "clear":
                stack.clear()
            else:
                stack.append(float(tok) if "." in tok or "e" in tok else int(tok))
        except (ValueError, ZeroDivisionError, IndexError, OverflowError) as e:
            print(f"line {lineno}: {tok!r}: {type(e).__name__}: {e}")
print("final:", stack, "lines:", lineno)
