# Building indented markup with nested context managers.
class Document:
    def __init__(self):
        self.lines = []
        self.depth = 0

    def tag(self, name, **attrs):
        return Tag(self, name, attrs)

    def text(self, s):
        self.lines.append("  " * self.depth + s)

    def render(self):
        return "\n".join(self.lines)


class Tag:
    def __init__(self, doc, name, attrs):
        self.doc = doc
        self.name = name
        self.attrs = attrs

    def __enter__(self):
        extra = "".join(' %s="%s"' % (k, v) for k, v in sorted(self.attrs.items()))
        self.doc.text("<%s%s>" % (self.name, extra))
        self.doc.depth += 1
        return self.doc

    def __exit__(self, exc_type, exc, tb):
        self.doc.depth -= 1
        if exc_type is not None:
            self.doc.text("<!-- %s: %s -->" % (exc_type.__name__, exc))
        self.doc.text("</%s>" % self.name)
        return exc_type is ValueError


doc = Document()
with doc.tag("html"):
    with doc.tag("body", id="main", lang="en") as d:
        with d.tag("h1"):
            d.text("Inventory")
        with d.tag("ul"):
            for item, qty in [("apples", 3), ("pears", 0), ("plums", 12)]:
                with d.tag("li", cls="row"):
                    if qty == 0:
                        raise ValueError("out of " + item)
                    d.text("%s: %d" % (item, qty))
        with d.tag("footer"), d.tag("small"):
            d.text("generated")
print(doc.render())
print("depth back to", doc.depth)
