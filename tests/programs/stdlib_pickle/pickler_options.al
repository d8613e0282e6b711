# Pickler's dispatch_table, reducer_override, memo across dump calls,
# clear_memo and fast mode.
import pickle
import io
import copyreg


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents,))


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Money] = reduce_money


buf = io.BytesIO()
TablePickler(buf, 2).dump(Money(250))
print(buf.getvalue())

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dispatch_table = {Money: lambda m: (Money, (m.cents * 2,))}
p.dump(Money(1))
print(buf.getvalue(), pickle.loads(buf.getvalue()).cents)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Money:
            return (str, ("was Money",))
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([Money, 1, "s"])
print(buf.getvalue(), pickle.loads(buf.getvalue()))

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
shared = ["s"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, b, c, a is b, b is c)
try:
    u.load()
except EOFError as e:
    print("EOFError:", e)
buf.seek(0)
pickle.load(buf)
try:
    pickle.load(buf)
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.fast = 1
p.dump([shared, shared])
print(buf.getvalue())
print(pickle.Pickler(io.BytesIO()).bin, pickle.Pickler(io.BytesIO(), 0).bin)
