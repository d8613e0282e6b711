# startswith / endswith with tuples, start and end arguments.
name = "report_2023.final.txt"
print(name.startswith("report"), name.startswith("final"), name.endswith(".txt"))
print(name.endswith((".csv", ".txt")), name.startswith(("a", "b")), name.startswith(()))
print(name.startswith("2023", 7), name.startswith("2023", 7, 9), name.endswith("2023", 0, 11))
print(name.endswith("final", 0, -4), name.startswith(""), "".endswith(""), "".startswith("a"))
print(name.startswith("t", -3), name.endswith("x", -100, -1), name.startswith("r", 100))
files = ["a.py", "b.al", "c.txt", "d.AL", "e.al.bak"]
print([f for f in files if f.endswith((".al", ".py"))])
print([f for f in files if f.lower().endswith(".al")])
try:
    name.startswith(["report"])
except TypeError as e:
    print("TypeError:", e)
