# A to-do list program: commands come on stdin (via input() until EOF), the
# list is saved as JSON in a file after each change and loaded back at the
# end; bad commands are reported and counted into the exit status.
import json
import os
import sys

PATH = "todo.json"


def load():
    if not os.path.exists(PATH):
        return []
    with open(PATH) as f:
        return json.load(f)


def save(items):
    with open(PATH, "w") as f:
        json.dump(items, f, indent=1)


errors = 0
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    cmd, _, arg = line.strip().partition(" ")
    items = load()
    try:
        if cmd == "add":
            items.append({"text": arg, "done": False})
        elif cmd == "done":
            items[int(arg) - 1]["done"] = True
        elif cmd == "rm":
            removed = items.pop(int(arg) - 1)
            print("removed", removed["text"])
        elif cmd == "ls":
            for i, it in enumerate(items, 1):
                print(f"{i}. [{'x' if it['done'] else ' '}] {it['text']}")
            continue
        elif cmd == "":
            continue
        else:
            raise ValueError(f"unknown command {cmd!r}")
    except (ValueError, IndexError) as e:
        errors += 1
        print("error:", type(e).__name__, e)
        continue
    save(items)
print(open(PATH).read())
print(load() == json.loads(open(PATH).read()), len(load()))
sys.exit(errors)
