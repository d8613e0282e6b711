# Library modules this program never imports itself, loaded only at run
# time through importlib, __import__ and exec'd import statements.
import importlib

json = importlib.import_module("json")
data = json.loads('{"b": [1, 2, {"c": null}], "a": true}')
print(data, json.dumps(data, sort_keys=True))

re = __import__("re")
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\w*)", r"\2\1", "hello world"))

ns = {}
exec("""
import itertools
import operator as op
from functools import reduce, lru_cache
pairs = list(itertools.combinations('abc', 2))
prod = reduce(op.mul, range(1, 6))
acc = list(itertools.accumulate([1, 2, 3, 4]))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
f30 = fib(30)
""", ns)
print(ns["pairs"], ns["prod"], ns["acc"], ns["f30"])

heapq = importlib.import_module("heapq")
bisect = importlib.import_module("bisect")
h = [7, 2, 9, 4]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [5, 1, 8, 3]))
s = [1, 3, 5, 7]
bisect.insort(s, 4)
print(s, bisect.bisect_right(s, 5))

collections = importlib.import_module("collections")
c = collections.Counter("mississippi")
print(c.most_common(2), collections.deque([1, 2, 3], maxlen=2))
dd = collections.defaultdict(list)
dd["k"].append(1)
print(dict(dd))

textwrap = importlib.import_module("textwrap")
print(textwrap.fill("The quick brown fox jumps over the lazy dog", width=15))
print(textwrap.shorten("Hello there wonderful world", width=18))

string = importlib.import_module("string")
print(string.Template("$who likes $what").substitute(who="tim", what="pie"))
print(string.capwords("hello big world"), string.digits)

opmod = importlib.import_module("operator")
print(sorted([("b", 2), ("a", 3)], key=opmod.itemgetter(1)), opmod.attrgetter("real")(3))
