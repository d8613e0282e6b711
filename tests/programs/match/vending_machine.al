# A vending machine as a state machine: match on (state, event) pairs.
PRICES = {"cola": 150, "chips": 100, "gum": 50}


def step(state, event):
    match state, event:
        case ("idle", ("coin", int(c))) if c in (10, 20, 50, 100):
            return ("paying", c), f"credit {c}"
        case ("idle", ("coin", c)):
            return "idle", f"rejected coin {c}"
        case ("paying", credit), ("coin", int(c)) if c in (10, 20, 50, 100):
            return ("paying", credit + c), f"credit {credit + c}"
        case ("paying", credit), ("select", item) if item not in PRICES:
            return ("paying", credit), f"no such item {item}"
        case ("paying", credit), ("select", item) if credit >= PRICES[item]:
            change = credit - PRICES[item]
            msg = f"vend {item}" + (f", change {change}" if change else "")
            return "idle", msg
        case ("paying", credit), ("select", item):
            return ("paying", credit), f"{item} costs {PRICES[item]}, credit {credit}"
        case ("paying", credit), "refund":
            return "idle", f"refund {credit}"
        case "idle", "refund" | ("select", _):
            return "idle", "insert coins first"
        case _, "service":
            return "service", "entering service mode"
        case "service", ("restock", item, n):
            return "service", f"restocked {n} {item}"
        case "service", "done":
            return "idle", "back to idle"
        case s, e:
            return s, f"ignored {e!r} in {s}"


state = "idle"
events = [("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 50), ("select", "tea"),
          ("select", "cola"), "refund", ("select", "gum"), ("coin", 50), ("coin", 20),
          ("select", "gum"), ("coin", 100), "refund", "service", ("restock", "gum", 5),
          ("coin", 10), "done", "dance"]
for ev in events:
    state, msg = step(state, ev)
    print(f"{ev!r:22} -> {msg}  [{state}]")
