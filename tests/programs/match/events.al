# Dispatching UI events given as tuples, dicts and objects.
class KeyEvent:
    __match_args__ = ("key", "mods")

    def __init__(self, key, mods=()):
        self.key = key
        self.mods = mods


class Click:
    __match_args__ = ("x", "y", "button")

    def __init__(self, x, y, button="left"):
        self.x, self.y, self.button = x, y, button


def handle(ev):
    match ev:
        case ("quit",) | "quit" | KeyEvent("q", ("ctrl",)):
            return "quitting"
        case ("resize", int(w), int(h)) if w > 0 and h > 0:
            return f"resize to {w}x{h}"
        case ("resize", *bad):
            return f"bad resize {bad}"
        case Click(x, y) if x < 0 or y < 0:
            return "click outside"
        case Click(x, y, "right"):
            return f"context menu at {x},{y}"
        case Click(x, y, button=b):
            return f"{b} click at {x},{y}"
        case KeyEvent(k, ()) if len(k) == 1:
            return f"type {k}"
        case KeyEvent(k, [*mods]):
            return "+".join([*mods, k])
        case {"type": "scroll", "dy": dy} if dy:
            return "scroll " + ("down" if dy > 0 else "up")
        case {"type": t}:
            return f"ignored {t}"
        case _:
            return f"unknown event {ev!r}"


events = [
    ("resize", 80, 24), ("resize", 0, 5), ("resize", "a"), Click(3, 4), Click(-1, 2),
    Click(5, 6, "right"), Click(1, 1, "middle"), KeyEvent("a"), KeyEvent("s", ("ctrl", "shift")),
    KeyEvent("F5"), {"type": "scroll", "dy": 3, "dx": 0}, {"type": "scroll", "dy": 0},
    {"type": "focus"}, 42, KeyEvent("q", ("ctrl",)), ("quit",), "quit",
]
for e in events:
    print(handle(e))
