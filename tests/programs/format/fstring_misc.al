# f-strings in loops, with method calls, quotes and multiline parts.
people = [("alice", 31), ("bob", 4), ("carol", 102)]
for name, age in people:
    print(f"{name.title():<6} is {age:>3} year{'s' if age != 1 else ''} old")
total = sum(a for _, a in people)
print(f"total={total} mean={total / len(people):.3f} max={max(people, key=lambda p: p[1])[0]!r}")
msg = (
    f"a={1}, "
    f"b={2:03d}, "
    "c={3}"
)
print(msg)
print(f'{"double in single"}', f"{'single in double'}", f"""{"triple"}""")
s = "x"
print(f"{s * 3}{s.upper()}{s!r}{len(s)}")
print(f"{'%d' % 5} {'{}'.format(6)} {f'{7:>3}'}")
print(f"{3 > 2} {not True} {None} {[1, 'a']} {(1,)} {{}}")
