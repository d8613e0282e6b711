# add / discard / remove / pop / clear / copy and KeyError from remove and pop.
s = {10, 20, 30}
s.add(40)
s.add(10)
s.discard(20)
s.discard(99)
s.remove(30)
print(s, len(s), 40 in s, 30 not in s)
t = s.copy()
t.add(-1)
print(s, t)
popped = []
while t:
    popped.append(t.pop())
print(popped, t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(s, len(s), bool(s))
letters = set("abracadabra")
print(sorted(letters), len(letters))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError:", e)
