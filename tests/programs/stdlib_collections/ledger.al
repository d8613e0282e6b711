# A bank ledger combining the collections types: transactions as
# namedtuples, balances in a defaultdict, a Counter of activity, a deque of
# the most recent operations, and an OrderedDict of accounts in opening
# order; overdrafts and unknown accounts are errors.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Tx = namedtuple("Tx", "seq kind account amount target", defaults=[None])


class Ledger:
    def __init__(self):
        self.accounts = OrderedDict()
        self.balance = defaultdict(int)
        self.activity = Counter()
        self.recent = deque(maxlen=4)
        self.seq = 0

    def record(self, kind, account, amount, target=None):
        self.seq += 1
        tx = Tx(self.seq, kind, account, amount, target)
        if kind == "open":
            if account in self.accounts:
                raise ValueError(f"account {account!r} exists")
            self.accounts[account] = tx.seq
        elif account not in self.accounts or (target and target not in self.accounts):
            raise KeyError(target if account in self.accounts else account)
        if kind in ("open", "deposit"):
            self.balance[account] += amount
        elif kind in ("withdraw", "transfer"):
            if self.balance[account] < amount:
                raise ValueError(f"{account} has {self.balance[account]}, needs {amount}")
            self.balance[account] -= amount
            if target:
                self.balance[target] += amount
        self.activity[account] += 1
        self.recent.append(tx)
        return tx


ledger = Ledger()
ops = [("open", "alice", 100), ("open", "bob", 20), ("deposit", "bob", 50), ("withdraw", "alice", 30),
       ("transfer", "alice", 50, "bob"), ("withdraw", "bob", 500), ("open", "alice", 1), ("deposit", "carol", 5),
       ("transfer", "bob", 10, "dave"), ("open", "carol", 0), ("transfer", "bob", 120, "carol")]
for op in ops:
    try:
        tx = ledger.record(*op)
        print("ok   ", tx)
    except (KeyError, ValueError) as e:
        print("error", type(e).__name__, e)
print(dict(ledger.balance), sum(ledger.balance.values()))
print(ledger.activity.most_common(), list(ledger.accounts.items()))
print([tx.seq for tx in ledger.recent], ledger.recent[-1]._asdict())
ledger.accounts.move_to_end("alice")
print(list(ledger.accounts), ledger.balance["nobody"], "nobody" in ledger.balance)
