# A query filter: a tiny where-clause language compiled into Python
# lambdas with eval, applied to rows; field names checked first.
import re

ROWS = [
    {"name": "ann", "age": 31, "city": "paris", "score": 88.5},
    {"name": "bob", "age": 25, "city": "rome", "score": 72.0},
    {"name": "cy", "age": 42, "city": "paris", "score": 91.25},
    {"name": "dee", "age": 19, "city": "oslo", "score": 64.0},
]
FIELDS = set(ROWS[0])
WORD = re.compile(r"[A-Za-z_]\w*")
KEYWORDS = {"and", "or", "not", "in", "True", "False", "None"}


def compile_where(clause):
    def field(m):
        w = m.group(0)
        if w in KEYWORDS:
            return w
        if w not in FIELDS:
            raise KeyError(f"unknown field {w!r}")
        return f"row[{w!r}]"
    # Leave string literals alone.
    parts = re.split(r"('[^']*')", clause)
    py = "".join(p if p.startswith("'") else WORD.sub(field, p) for p in parts)
    return eval("lambda row: " + py, {"__builtins__": {}}), py


queries = [
    "age > 30",
    "city == 'paris' and score > 90",
    "not (age < 20 or city in ('rome',))",
    "name in 'ann bob'",
    "score * 2 >= age * 4",
    "salary > 10",
    "age >",
]
for q in queries:
    try:
        pred, py = compile_where(q)
    except KeyError as e:
        print(q, "->", "KeyError", e)
        continue
    except SyntaxError as e:
        print(q, "->", "SyntaxError", e.msg)
        continue
    print(q, "->", py, "->", [r["name"] for r in ROWS if pred(r)])
