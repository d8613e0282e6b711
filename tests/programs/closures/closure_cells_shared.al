# Several closures share the same cell; changes are visible to all of them.
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(get())
set_(42)
print(get())
set_([1, 2])
get().append(3)
print(get())

g2, s2 = pair()
print(g2(), get())

def counter_family():
    counts = {}
    def make(name):
        counts[name] = 0
        def tick():
            counts[name] += 1
            return counts[name]
        return tick
    return make, counts

make, counts = counter_family()
ta, tb = make("a"), make("b")
ta(); ta(); tb()
print(counts)
