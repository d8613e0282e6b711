# Class attributes read through instances, shadowing by instance
# attributes, shared mutable class attributes, and per-class counters.
class Widget:
    count = 0
    defaults = {"color": "grey"}
    tags = []

    def __init__(self, name):
        self.name = name
        type(self).count += 1
        self.id = Widget.count

    def tag(self, t):
        self.tags.append(t)

    def own_tags(self):
        self.tags = []


class Button(Widget):
    count = 0


a, b = Widget("a"), Widget("b")
c = Button("c")
print(Widget.count, Button.count, a.count, c.count, a.id, c.id)
a.tag("x")
b.tag("y")
print(a.tags, b.tags, Widget.tags is a.tags)
b.own_tags()
b.tag("z")
print(a.tags, b.tags, "tags" in vars(b), "tags" in vars(a))
a.count = 99
print(a.count, Widget.count, b.count, vars(a))
del a.count
print(a.count)
Widget.defaults["color"] = "blue"
print(c.defaults, Button.defaults is Widget.defaults)
Widget.version = 2
print(a.version, c.version, hasattr(Button, "version"), "version" in Button.__dict__)
Button.version = 3
print(a.version, c.version)
del Button.version
print(c.version)
try:
    del Button.version
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.name
    a.name
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in Widget.__dict__ if not k.startswith("__")))
print([k for k in vars(c)], Button.__dict__.get("count"), Widget.__dict__["count"])
