# Many exec and eval calls in a loop, each compiling its own source.
total = 0
for i in range(300):
    total += eval(f"{i} * 2")
print(total)
ns = {"acc": []}
for i in range(200):
    exec(f"acc.append({i} % 7)", ns)
print(sum(ns["acc"]), len(ns["acc"]))
code = compile("n * n", "<sq>", "eval")
print(sum(eval(code, {"n": n}) for n in range(1000)))
