# Validation rules and reports of modules_ledger.al, over ledger_model's types.
import ledger_model
from ledger_model import fee

LIMIT = 50_000
rejected = 0


def allowed(t, accounts):
    global rejected
    src = accounts[t.src]
    if t.src == t.dst or t.amount <= 0 or src.balance - t.amount - fee(t.amount) < -LIMIT:
        rejected += 1
        return False
    return True


def apply(t, accounts):
    charge = fee(t.amount)
    accounts[t.src].post(-t.amount - charge)
    accounts[t.dst].post(t.amount)
    return charge


def richest(accounts, k):
    return [(a.owner, a.balance) for a in sorted(accounts, key=lambda a: (-a.balance, a.ident))[:k]]


def summary(accounts):
    return sum(a.balance for a in accounts), ledger_model.FEE_RATE
