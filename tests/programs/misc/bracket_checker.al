# Balanced bracket checking with a stack, reporting the position of the first error.
PAIRS = {")": "(", "]": "[", "}": "{"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{pos} vs {ch!r}@{i}"
    if stack:
        ch, pos = stack[-1]
        return f"unclosed {ch!r} at {pos}"
    return "ok"

def max_depth(s):
    depth = best = 0
    for ch in s:
        if ch in "([{":
            depth += 1
            best = max(best, depth)
        elif ch in ")]}":
            depth -= 1
    return best

cases = ["", "()", "([]{})", "(((", "())", "([)]", "{[()()]}", "f(a[1], {b: (2)})", "]", "([{}])}"]
for c in cases:
    print(f"{c!r:<22} {check(c):<24} depth={max_depth(c)}")
def gen_balanced(n):
    if n == 0:
        return [""]
    out = []
    for i in range(n):
        for left in gen_balanced(i):
            for right in gen_balanced(n - 1 - i):
                out.append("(" + left + ")" + right)
    return out
b4 = gen_balanced(4)
print(len(b4), b4[:5], all(check(s) == "ok" for s in b4))
print([len(gen_balanced(k)) for k in range(8)])
