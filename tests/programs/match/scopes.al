# Names bound by patterns are ordinary assignments: locals in functions,
# globals at module level, cells for closures, class attributes in a class
# body, and `global`/`nonlocal` declarations apply.
match (1, 2):
    case (g1, g2):
        pass
print("globals:", g1, g2)


def local_binding(v):
    match v:
        case [x, y]:
            pass
    return locals_view(x, y)


def locals_view(*args):
    return args


print(local_binding([3, 4]))


def closure(v):
    match v:
        case {"n": n}:
            pass

    def inner():
        return n * 10

    return inner


print(closure({"n": 5})())


def counter():
    count = 0

    def bump(event):
        nonlocal count
        match event:
            case ("add", count):
                pass
            case _:
                count += 1
        return count

    return bump


b = counter()
print(b("tick"), b("tick"), b(("add", 100)), b("tick"))

total = 0


def set_total(v):
    global total
    match v:
        case int(total):
            pass


set_total(42)
print("total:", total)


class Settings:
    match ("debug", 3):
        case (mode, level):
            pass
    label = f"{mode}-{level}"


print(Settings.mode, Settings.level, Settings.label)
print(sorted(k for k in vars(Settings) if not k.startswith("__")))


def unbound_after_failure(v):
    match v:
        case [only]:
            pass
    try:
        return only
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(unbound_after_failure([1]))
print(unbound_after_failure([1, 2]))
