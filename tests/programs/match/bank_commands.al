# A small bank ledger driven by command records (dicts and tuples).
class Account:
    __match_args__ = ("owner", "balance")

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance


accounts = {"ann": Account("ann", 100), "bob": Account("bob")}


def apply(cmd):
    match cmd:
        case {"op": "open", "owner": str(name)} if name not in accounts:
            accounts[name] = Account(name)
            return f"opened {name}"
        case {"op": "open", "owner": name}:
            return f"cannot open {name!r}"
        case {"op": "deposit", "to": to, "amount": int(n) | float(n)} if n > 0:
            match accounts.get(to):
                case None:
                    return f"no account {to}"
                case Account() as acct:
                    acct.balance += n
                    return f"{to} +{n}"
        case {"op": "transfer", "from": src, "to": dst, "amount": amount}:
            match accounts.get(src), accounts.get(dst):
                case (None, _) | (_, None):
                    return "unknown account"
                case (Account(balance=b), _) if b < amount:
                    return f"{src} has only {b}"
                case (a, b):
                    a.balance -= amount
                    b.balance += amount
                    return f"{src} -> {dst}: {amount}"
        case ("report",):
            return ", ".join(f"{o}={a.balance}" for o, a in sorted(accounts.items()))
        case ("report", name):
            match accounts.get(name):
                case Account(owner, balance):
                    return f"{owner}: {balance}"
                case None:
                    return f"no such account {name}"
        case {"op": op}:
            return f"bad {op} command: {sorted(cmd)}"
        case _:
            return "??"


cmds = [
    {"op": "open", "owner": "cy"},
    {"op": "open", "owner": "ann"},
    {"op": "deposit", "to": "bob", "amount": 50},
    {"op": "deposit", "to": "zed", "amount": 5},
    {"op": "deposit", "to": "bob", "amount": -5},
    {"op": "transfer", "from": "ann", "to": "cy", "amount": 30},
    {"op": "transfer", "from": "bob", "to": "ann", "amount": 500},
    {"op": "transfer", "from": "bob", "to": "nobody", "amount": 1},
    ("report",),
    ("report", "cy"),
    ("report", "dan"),
    {"op": "close", "owner": "ann"},
    ["report"],
    "report",
]
for c in cmds:
    print(apply(c))
