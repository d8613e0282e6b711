# A bank-account simulation with dicts: deposits, withdrawals, transfers, interest, audit log.
accounts = {}
log = []

def open_account(owner, initial=0):
    acct_id = f"AC{len(accounts) + 1:03d}"
    accounts[acct_id] = {"owner": owner, "balance": initial, "history": []}
    log.append(("open", acct_id, initial))
    return acct_id

def deposit(acct_id, amount):
    if amount <= 0:
        raise ValueError(f"invalid deposit amount: {amount}")
    acct = accounts[acct_id]
    acct["balance"] += amount
    acct["history"].append(("dep", amount))
    log.append(("deposit", acct_id, amount))

def withdraw(acct_id, amount):
    acct = accounts[acct_id]
    if amount > acct["balance"]:
        raise ValueError(f"insufficient funds in {acct_id}: {acct['balance']} < {amount}")
    acct["balance"] -= amount
    acct["history"].append(("wd", amount))
    log.append(("withdraw", acct_id, amount))

def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise

def apply_interest(rate):
    for acct in accounts.values():
        interest = round(acct["balance"] * rate, 2)
        acct["balance"] = round(acct["balance"] + interest, 2)

a = open_account("alice", 100)
b = open_account("bob")
c = open_account("carol", 2500)
deposit(b, 40)
transfer(c, a, 300)
for op in [lambda: withdraw(b, 100), lambda: deposit(a, -5), lambda: transfer(a, "AC999", 10), lambda: accounts["AC404"]]:
    try:
        op()
    except ValueError as e:
        print("rejected:", e)
    except KeyError as e:
        print("unknown account:", e)
apply_interest(0.015)
for acct_id, acct in accounts.items():
    print(f"{acct_id} {acct['owner']:<6} {acct['balance']:>10.2f} {acct['history']}")
print("total:", round(sum(a["balance"] for a in accounts.values()), 2))
print(len(log), log[-3:])
richest = max(accounts, key=lambda k: accounts[k]["balance"])
print("richest:", richest, accounts[richest]["owner"])
