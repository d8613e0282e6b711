# A small in-memory database with transactions as context managers:
# commit on success, roll back on error, nested savepoints.
class Database:
    def __init__(self):
        self.data = {}
        self.journal = []

    def transaction(self, name):
        return Transaction(self, name)


class Transaction:
    def __init__(self, db, name):
        self.db = db
        self.name = name

    def __enter__(self):
        self.snapshot = dict(self.db.data)
        self.db.journal.append("begin " + self.name)
        return self

    def set(self, key, value):
        if not isinstance(value, int):
            raise TypeError("values must be ints, got " + type(value).__name__)
        self.db.data[key] = value

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.db.journal.append("commit " + self.name)
        else:
            self.db.data = self.snapshot
            self.db.journal.append("rollback %s (%s: %s)" % (self.name, exc_type.__name__, exc))
        return exc_type is not None and issubclass(exc_type, TypeError)


db = Database()
with db.transaction("t1") as t:
    t.set("a", 1)
    t.set("b", 2)
print(db.data)

with db.transaction("t2") as t:
    t.set("a", 100)
    t.set("c", "three")
    t.set("d", 4)
print(db.data)

try:
    with db.transaction("t3") as t:
        t.set("b", 20)
        with db.transaction("t3.inner") as inner:
            inner.set("e", 5)
        t.set("f", 6)
        raise KeyError("abort t3")
except KeyError as e:
    print("t3 aborted:", e)
print(db.data)

with db.transaction("t4") as outer:
    outer.set("g", 7)
    with db.transaction("t4.savepoint") as sp:
        sp.set("h", 8)
        sp.set("i", 9.5)
    outer.set("j", 10)
print(db.data)


def transfer(db, src, dst, amount):
    with db.transaction("transfer %s->%s" % (src, dst)) as t:
        if db.data.get(src, 0) < amount:
            return "insufficient funds"
        t.set(src, db.data[src] - amount)
        t.set(dst, db.data.get(dst, 0) + amount)
        return "ok"


print(transfer(db, "j", "a", 4), db.data["j"], db.data["a"])
print(transfer(db, "j", "a", 40), db.data["j"], db.data["a"])
for line in db.journal:
    print(line)
