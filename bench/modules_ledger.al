# quick: 2000
# A program of three modules: the hot loop builds objects of one module's
# classes and calls another module's functions, which read and write
# their own module globals (`global rejected`) and call back into the
# first (`from ledger_model import fee`).
import sys
import ledger_rules as rules
from ledger_model import Account, Transfer


def run(n_accounts, n_transfers):
    accounts = [Account(i, "owner%03d" % i) for i in range(n_accounts)]
    for a in accounts:
        a.post(1000)
    fees = 0
    x = 7
    for _ in range(n_transfers):
        x = (x * 69069 + 1) % 4294967296
        t = Transfer(x % n_accounts, (x >> 12) % n_accounts, (x >> 20) % 3000)
        if rules.allowed(t, accounts):
            fees += rules.apply(t, accounts)
    return fees, rules.rejected, rules.richest(accounts, 3), rules.summary(accounts)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
for line in run(500, n):
    print(line)
