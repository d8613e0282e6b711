# Deeply nested patterns over a small document tree.
doc = (
    "section", {"title": "Intro", "level": 1}, [
        ("para", {}, ["Hello ", ("em", {}, ["world"]), "!"]),
        ("list", {"ordered": True}, [
            ("item", {}, ["one"]),
            ("item", {}, ["two", ("code", {"lang": "py"}, ["x = 1"])]),
        ]),
        ("section", {"title": "Details", "level": 2}, [
            ("para", {"class": "note"}, ["Nested ", ("strong", {}, ["text"])]),
        ]),
    ],
)


def render(node, depth=0):
    match node:
        case str(text):
            return text
        case ("section", {"title": str(title), "level": int(level)}, children):
            head = "#" * level + " " + title
            body = "\n".join(render(c, depth) for c in children)
            return head + "\n" + body
        case ("para", {"class": cls}, children):
            return f"[{cls}] " + "".join(render(c) for c in children)
        case ("para", {}, children):
            return "".join(render(c) for c in children)
        case ("list", {"ordered": True}, [*items]):
            return "\n".join(f"{i}. {render(it)}" for i, it in enumerate(items, 1))
        case ("list", _, items):
            return "\n".join("- " + render(it) for it in items)
        case ("item", _, [only]):
            return render(only)
        case ("item", _, [first, *rest]):
            return render(first) + " " + " ".join(render(r) for r in rest)
        case ("em", _, [str(t)]):
            return f"*{t}*"
        case ("strong", _, [str(t)]):
            return f"**{t}**"
        case ("code", {"lang": lang}, [src]):
            return f"`{src}` ({lang})"
        case (tag, attrs, _):
            return f"<unknown {tag} {attrs}>"


print(render(doc))


def flatten(x):
    match x:
        case []:
            return []
        case [[*inner], *rest]:
            return flatten(inner) + flatten(rest)
        case [head, *rest]:
            return [head] + flatten(rest)


print(flatten([1, [2, [3, [4]], 5], [[6]], 7]))
