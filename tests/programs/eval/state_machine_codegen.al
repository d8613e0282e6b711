# A state machine compiled from a transition table into one Python
# function with an if/elif chain, then exec'd and run on inputs.
TABLE = [
    ("idle", "coin", "ready"),
    ("ready", "push", "vending"),
    ("ready", "refund", "idle"),
    ("vending", "done", "idle"),
]


def generate(table):
    states = sorted({s for s, _, _ in table} | {t for _, _, t in table})
    lines = ["def step(state, event):"]
    first = True
    for s in states:
        kw = "if" if first else "elif"
        first = False
        lines.append(f"    {kw} state == {s!r}:")
        events = [(e, t) for st, e, t in table if st == s]
        if not events:
            lines.append("        pass")
        for e, t in events:
            lines.append(f"        if event == {e!r}:")
            lines.append(f"            return {t!r}")
    lines.append("    raise ValueError(f'no transition from {state} on {event}')")
    return "\n".join(lines)


src = generate(TABLE)
print(src)
ns = {}
exec(src, ns)
step = ns["step"]
state = "idle"
for ev in ["coin", "push", "done", "coin", "refund", "push"]:
    try:
        state = step(state, ev)
        print(ev, "->", state)
    except ValueError as e:
        print("error:", e)
