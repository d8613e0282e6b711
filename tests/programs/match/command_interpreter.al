# A text-adventure command interpreter: sequence patterns over split words,
# or-patterns, captures, star patterns and guards.
rooms = {
    "hall": {"north": "library", "east": "kitchen"},
    "library": {"south": "hall"},
    "kitchen": {"west": "hall", "down": "cellar"},
    "cellar": {"up": "kitchen"},
}
state = {"room": "hall", "inventory": [], "moves": 0}
items = {"hall": ["lamp"], "library": ["book", "scroll"], "kitchen": ["knife"], "cellar": []}


def run(line):
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            here = state["room"]
            stuff = ", ".join(items[here]) or "nothing"
            return f"You are in the {here}. You see: {stuff}."
        case ["go", direction] if direction in rooms[state["room"]]:
            state["room"] = rooms[state["room"]][direction]
            state["moves"] += 1
            return f"You go {direction} to the {state['room']}."
        case ["go", direction]:
            return f"You can't go {direction} from here."
        case ["north" | "south" | "east" | "west" | "up" | "down" as direction]:
            return run("go " + direction)
        case ["take", obj] if obj in items[state["room"]]:
            items[state["room"]].remove(obj)
            state["inventory"].append(obj)
            return f"Taken: {obj}."
        case ["take", *objs] if len(objs) > 1:
            return "; ".join(run("take " + o) for o in objs)
        case ["take", obj]:
            return f"There is no {obj} here."
        case ["drop", obj] if obj in state["inventory"]:
            state["inventory"].remove(obj)
            items[state["room"]].append(obj)
            return f"Dropped {obj}."
        case ["inventory" | "i"]:
            return "You carry: " + (", ".join(state["inventory"]) or "nothing")
        case ["quit" | "exit", *_]:
            return "Bye."
        case [verb, *rest]:
            return f"I don't know how to {verb} {' '.join(rest)}".rstrip() + "."


script = [
    "", "look", "take lamp", "take sword", "go north", "look",
    "take book scroll", "i", "south", "east", "go down", "look",
    "drop knife", "drop book", "look", "go west", "dance wildly",
    "sing", "quit now please",
]
for line in script:
    print(f"> {line}")
    print(run(line))
print(state)
