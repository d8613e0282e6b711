# Bound methods as first-class values: stored, passed, compared, and
# taken apart with __self__ and __func__.
class Light:
    def __init__(self, name):
        self.name = name
        self.on = False

    def toggle(self):
        self.on = not self.on
        return f"{self.name} {'on' if self.on else 'off'}"

    def set(self, value):
        self.on = value
        return self


kitchen, hall = Light("kitchen"), Light("hall")
actions = {"k": kitchen.toggle, "h": hall.toggle}
for key in "khk":
    print(actions[key]())
m = kitchen.toggle
print(m.__self__ is kitchen, m.__func__ is Light.toggle, m.__name__, m.__qualname__)
print(kitchen.toggle == kitchen.toggle, kitchen.toggle == hall.toggle, kitchen.toggle is kitchen.toggle)
print(Light.toggle(hall), Light.set(kitchen, True).on, m.__func__(hall))
callbacks = []
for light in [kitchen, hall]:
    callbacks.append(light.set)
print([cb(False).name for cb in callbacks], [l.on for l in (kitchen, hall)])
print(list(map(Light("x").set, [True, False]))[0].name, sorted(["b", "A", "c"], key=str.lower))


class Button:
    def __init__(self, label, on_click):
        self.label = label
        self.on_click = on_click

    def click(self):
        return self.on_click()


b = Button("go", kitchen.toggle)
print(b.click(), b.click(), b.on_click.__self__.name)
kitchen.toggle = lambda: "shadowed"
print(kitchen.toggle(), hall.toggle(), b.click())
del kitchen.toggle
print(kitchen.toggle())
print(type(hall.toggle).__name__, repr(Light.toggle)[:19], callable(hall.set))
counter = {"n": 0}


class Inc:
    def step(self, by=1):
        counter["n"] += by
        return counter["n"]


steps = [Inc().step] * 3
print([s(2) for s in steps], getattr(Inc(), "step")(10))
