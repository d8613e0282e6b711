# A spreadsheet: cells hold formulas evaluated with eval against a
# mapping that computes referenced cells on demand, caching results and
# detecting cycles.
class Sheet:
    def __init__(self, cells):
        self.cells = cells
        self.cache = {}
        self.active = []
        self.evals = 0

    def __getitem__(self, name):
        if name in self.cache:
            return self.cache[name]
        if name not in self.cells:
            raise KeyError(name)
        if name in self.active:
            raise RecursionError("cycle: " + " -> ".join(self.active + [name]))
        self.active.append(name)
        try:
            text = self.cells[name]
            self.evals += 1
            value = eval(text, {"__builtins__": {"sum": sum, "max": max, "round": round}}, self)
        finally:
            self.active.pop()
        self.cache[name] = value
        return value


sheet = Sheet({
    "A1": "10",
    "A2": "A1 * 2",
    "A3": "A1 + A2",
    "B1": "sum([A1, A2, A3])",
    "B2": "round(B1 / 7, 2)",
    "C1": "max(A3, B1) - A1",
})
for name in sorted(sheet.cells):
    print(name, "=", sheet[name])
print("evaluations:", sheet.evals)

loop = Sheet({"X": "Y + 1", "Y": "Z * 2", "Z": "X"})
try:
    loop["X"]
except RecursionError as e:
    print(e)
bad = Sheet({"Q": "R + 1"})
try:
    bad["Q"]
except NameError as e:
    print("NameError", e)
