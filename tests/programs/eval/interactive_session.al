# An interactive session fed line by line: lines are buffered until a
# block is complete (a blank line ends a compound statement), then run
# in 'single' mode, echoing expression values like the prompt.
LINES = """\
total = 0
for i in range(4):
    total += i

total
def greet(name):
    return "hi " + name

greet("ann")
[greet(n) for n in ("bo", "cy")]
if total > 3:
    "big"
else:
    "small"

class P:
    def __repr__(self):
        return "<P>"

P()
None
x = P(); x
1 +
""".splitlines()

ns = {"__name__": "__console__"}
buf = []


def run(src):
    try:
        code = compile(src, "<console>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
        return
    try:
        exec(code, ns)
    except Exception as e:
        print(type(e).__name__ + ":", e)


for line in LINES:
    print(("... " if buf else ">>> ") + line)
    if buf:
        if line == "":
            run("\n".join(buf) + "\n")
            buf = []
        else:
            buf.append(line)
    elif line.rstrip().endswith(":"):
        buf.append(line)
    else:
        run(line)
print(sorted(k for k in ns if not k.startswith("__")))
