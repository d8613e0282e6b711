# An editor document with undo and redo: each edit pushes a deepcopy
# snapshot of the nested state, so later edits never leak into history;
# a shallow copy shows what would go wrong.
import copy


class Document:
    def __init__(self):
        self.state = {"title": "untitled", "paragraphs": [], "meta": {"tags": set(), "rev": 0}}
        self.undo_stack, self.redo_stack = [], []

    def edit(self, fn, *args):
        self.undo_stack.append(copy.deepcopy(self.state))
        self.redo_stack.clear()
        fn(self.state, *args)
        self.state["meta"]["rev"] += 1

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        self.redo_stack.append(self.state)
        self.state = self.undo_stack.pop()

    def redo(self):
        if not self.redo_stack:
            raise IndexError("nothing to redo")
        self.undo_stack.append(self.state)
        self.state = self.redo_stack.pop()

    def show(self):
        s = self.state
        return f"{s['title']!r} {s['paragraphs']} tags={sorted(s['meta']['tags'])} rev={s['meta']['rev']}"


def retitle(s, t):
    s["title"] = t


def add_par(s, text):
    s["paragraphs"].append([text])


def tag(s, t):
    s["meta"]["tags"].add(t)


def amend(s, i, text):
    s["paragraphs"][i].append(text)


doc = Document()
for fn, args in [(retitle, ("Notes",)), (add_par, ("first",)), (tag, ("draft",)), (amend, (0, "more")), (add_par, ("second",))]:
    doc.edit(fn, *args)
    print(doc.show())
for op in ["undo", "undo", "redo", "undo", "undo", "undo", "undo", "undo", "undo", "redo"]:
    try:
        getattr(doc, op)()
        print(op, doc.show())
    except IndexError as e:
        print(op, "IndexError:", e)
doc.edit(tag, "new")
try:
    doc.redo()
except IndexError as e:
    print("after a new edit:", e)
shallow = copy.copy(doc.state)
shallow["paragraphs"].append(["leaked"])
shallow["title"] = "not leaked"
print(doc.show())
