# A tiny key-value store persisted as JSON lines: one document per line
# appended with json.dumps, replayed with json.loads per line (later writes
# win, null deletes), compacted with json.dump, and a corrupt line
# reported with its line number.
import json
import os

LOG = "store.jsonl"


def put(key, value):
    with open(LOG, "a") as f:
        f.write(json.dumps({"k": key, "v": value}, separators=(",", ":")) + "\n")


def replay():
    state = {}
    with open(LOG) as f:
        for n, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"  skipping line {n}: {e}")
                continue
            if rec["v"] is None:
                state.pop(rec["k"], None)
            else:
                state[rec["k"]] = rec["v"]
    return state


put("user", {"name": "Ann", "langs": ["py", "rs"]})
put("count", 1)
put("count", 2)
put("temp", [1.5, -0.0, 1e-7])
put("temp", None)
put("quote", 'He said "hi"\n')
with open(LOG, "a") as f:
    f.write('{"k": "broken", "v": [1, 2\n')
put("count", 3)
print(open(LOG).read().count("\n"), "lines")
state = replay()
print(state)
with open("compact.json", "w") as f:
    json.dump(state, f, sort_keys=True)
print(open("compact.json").read())
with open("compact.json") as f:
    print(json.load(f) == state, os.path.getsize("compact.json"))
enc = json.JSONEncoder(sort_keys=True, indent=1)
print(list(enc.iterencode({"b": [1], "a": None}))[:6])
print(json.loads(json.dumps(state["quote"])) == state["quote"], json.dumps(state["temp"]) if "temp" in state else "temp deleted")
