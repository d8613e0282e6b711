# A multi-line expression that starts the line: its marker would cover the
# whole first line, so there is none.
def build(parts):
    return [p.strip() for p in parts]


print(build([" a ", "b "]))
result = build(
    [" c", None]
)
