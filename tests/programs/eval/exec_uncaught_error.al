# An exception raised by exec'd top-level code and not caught: the
# traceback shows the exec call and the exec'd source's line.
rules = """
limit = 10
values = [1, 5, 20]
for v in values:
    if v > limit:
        raise ValueError(f"value {v} over limit {limit}")
    print("ok", v)
"""
exec(rules, {})
print("not reached")
