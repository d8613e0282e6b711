# deepcopy of object graphs: shared references stay shared within one copy,
# cycles are rebuilt, custom __deepcopy__ uses the memo, __copy__ decides
# what a shallow copy shares, and copy.copy vs deepcopy on nested data.
import copy


class Node:
    def __init__(self, name):
        self.name, self.edges = name, []

    def __repr__(self):
        return f"Node({self.name} -> {[e.name for e in self.edges]})"


a, b, c = Node("a"), Node("b"), Node("c")
a.edges = [b, c]
b.edges = [c, a]
c.edges = [c]
g2 = copy.deepcopy(a)
b2, c2 = g2.edges
print(g2, b2, c2)
print(g2 is not a, b2.edges[1] is g2, c2.edges[0] is c2, b2.edges[0] is c2, c2 is not c)

shared = [1, 2]
pair = [shared, shared, {"k": shared}]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[2]["k"] is dp[0], dp[0] is shared)
sp = copy.copy(pair)
print(sp is pair, sp[0] is shared, sp == pair)


class Matrix:
    def __init__(self, rows, label):
        self.rows, self.label = rows, label

    def __copy__(self):
        print("  __copy__")
        return Matrix([row[:] for row in self.rows], self.label)

    def __deepcopy__(self, memo):
        print("  __deepcopy__, memo has self:", id(self) in memo)
        new = Matrix(copy.deepcopy(self.rows, memo), self.label + "'")
        memo[id(self)] = new
        return new


m = Matrix([[1, 2], [3, 4]], "M")
mc = copy.copy(m)
mc.rows[0][0] = 99
print(m.rows, mc.rows)
holder = {"first": m, "second": m}
hc = copy.deepcopy(holder)
print(hc["first"] is hc["second"], hc["first"].label, hc["first"].rows == m.rows)
lst = [1, [2, [3, [4]]]]
lst[1][1][1].append(lst)
dl = copy.deepcopy(lst)
print(dl[1][1][1][1] is dl, dl[1][1][1][1] is lst, repr(dl))
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "s")) == (1, "s"))
frozen = copy.deepcopy(frozenset({1, 2}))
print(frozen, copy.copy(range(3)), copy.deepcopy(len) is len)
