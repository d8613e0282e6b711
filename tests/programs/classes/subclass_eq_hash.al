# Subclasses of str, float, tuple, list and int that override __eq__/__hash__:
# dict, set and list searches call the overrides (no exact-type shortcuts),
# and a slot wrapper such as int.__hash__ can be assigned in a class body.
class CaseInsensitive(str):
    def __eq__(self, o):
        return str.lower(self) == str.lower(o)
    def __hash__(self):
        return hash(str.lower(self))
d = {CaseInsensitive("Key"): 1}
print(d.get("key"), CaseInsensitive("KEY") in d, d.get(CaseInsensitive("kEy")), "key" in d)
s = {CaseInsensitive("A"), CaseInsensitive("a")}
print(len(s), CaseInsensitive("A") == "a", "a" == CaseInsensitive("A"), ["a"].index(CaseInsensitive("A")) if CaseInsensitive("A") in ["a"] else None, CaseInsensitive("X") in ["x"])
class F(float):
    def __eq__(self, o):
        return True
    __hash__ = float.__hash__
print(F(1.0) == 2.0, 2.0 == F(1.0), F(1.5) != 3.0, [F(1)].count(7.0), 7.0 in [F(1)])
class T(tuple):
    def __eq__(self, o):
        return True
    __hash__ = tuple.__hash__
print(T((1,)) == (2,), (2,) == T((1,)), T(()) in [(5,)])
class L(list):
    def __eq__(self, o):
        return True
print(L([1]) == [2], [2] == L([1]), L() in [[9]], [[9]].index(L()))
class IntE(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
print(IntE(1) == 2, 2 == IntE(1), IntE(3) in [4], {IntE(3): 1}.get(3))
x = IntE(5)
if x == 7:
    print("eq via override")
y = F(2.5)
if y == 9.0:
    print("float eq via override")
z = CaseInsensitive("Q")
if z == "q":
    print("str eq via override")


class AlwaysEqual:
    def __eq__(self, o):
        return True


print([AlwaysEqual()].count(None), None in [AlwaysEqual()], [None].index(AlwaysEqual()) if AlwaysEqual() in [None] else -1)


class Plain(int):
    __hash__ = int.__hash__


print(hash(Plain(3)), {Plain(4): "four"}[4])
