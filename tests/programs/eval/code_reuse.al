# compile() once, run many times: code objects in all three modes reused
# across namespaces, their attributes, and errors from a reused object.
import time

rule = compile("price * qty * (1 - discount)", "<rule>", "eval")
print(type(rule).__name__, rule.co_filename, rule.co_name)
orders = [(10.0, 3, 0.0), (4.5, 10, 0.1), (99.0, 1, 0.25)]
for price, qty, discount in orders:
    print(round(eval(rule, {"price": price, "qty": qty, "discount": discount}), 2))

step = compile("state['n'] += 1\nstate['log'].append(state['n'] ** 2)", "<step>", "exec")
print(step.co_name)
state = {"n": 0, "log": []}
for _ in range(5):
    exec(step, {"state": state})
print(state)

show = compile("n * 2\n", "<show>", "single")
for n in range(3):
    exec(show, {"n": n})

# The same code object against namespaces of different shapes.
expr = compile("a + b", "<sum>", "eval")
print(eval(expr, {"a": 1, "b": 2}), eval(expr, {"a": "x"}, {"b": "y"}),
      eval(expr, {"a": [1]}, {"b": [2]}))


# A code object raising: each run raises afresh.
boom = compile("1 / d", "<boom>", "eval")
for d in [1, 0, 2, 0]:
    try:
        print(eval(boom, {"d": d}))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

# Compiling once is what makes the loop cheap; both give the same result.
src = "sum(i * k for i in range(10))"
code = compile(src, "<hot>", "eval")
a = [eval(code, {"k": k}) for k in range(50)]
b = [eval(src, {"k": k}) for k in range(50)]
print(a == b, a[-1])

try:
    eval(step)
except NameError as e:
    print("NameError", e)
try:
    exec(rule, {})
except NameError as e:
    print("NameError", e)
print(eval(compile("1 + 1", "f", "exec")))
