# operator's getters as sort keys and in pipelines: multi-key sorts with
# itemgetter, dotted attrgetter paths, methodcaller with arguments, and the
# arithmetic functions with map/reduce; their errors on bad input.
import operator
from functools import reduce
from operator import itemgetter, attrgetter, methodcaller


class Person:
    def __init__(self, name, city, age):
        self.name, self.age = name, age
        self.address = type("Address", (), {"city": city})()

    def __repr__(self):
        return self.name


rows = [("ann", 31, "paris"), ("bob", 25, "oslo"), ("cy", 31, "lima"), ("di", 25, "paris")]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2)))
print(max(rows, key=itemgetter(1)), list(map(itemgetter(0), rows)), itemgetter(slice(1, None))(rows[0]))
people = [Person(n, c, a) for n, a, c in rows]
print(sorted(people, key=attrgetter("address.city", "name")), attrgetter("name", "age")(people[0]))
words = ["  Banana ", "apple", "Cherry  "]
print(sorted(map(methodcaller("strip"), words), key=methodcaller("lower")))
print(list(map(methodcaller("split", "a", 1), ["banana", "xyz"])), methodcaller("replace", "a", "o", 1)("aaa"))
print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 8]), list(map(operator.neg, [1, -2])))
print(list(map(operator.getitem, ["abc", [10, 20]], [1, -1])), operator.contains("team", "i"))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(filter(operator.truth, [0, 1, "", "x", None])))
print(operator.index(7), operator.concat([1], [2]), operator.is_not(None, 0), operator.countOf("banana", "a"))
data = {"a": 1}
operator.setitem(data, "b", 2)
operator.delitem(data, "a")
print(data, operator.itemgetter("b")(data))
for call in [lambda: itemgetter(5)(rows[0]), lambda: attrgetter("address.zip")(people[0]), lambda: itemgetter("x")(data),
             lambda: methodcaller("nope")(1), lambda: operator.index(1.5), lambda: attrgetter(1)]:
    try:
        call()
    except (IndexError, AttributeError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
