# copy and deepcopy use the same reduction protocol as pickle.
import copy
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __getstate__(self):
        print("getstate", self.name)
        return self.__dict__.copy()

    def __setstate__(self, state):
        print("setstate", state["name"])
        self.__dict__.update(state)


class Red:
    def __reduce__(self):
        return (Red, (), {"made": "by reduce"})


root = Node("root")
root.children.append(Node("leaf"))
c1 = copy.deepcopy(root)
c2 = pickle.loads(pickle.dumps(root))
print(c1.name, c1.children[0].name, c2.name, c2.children[0].name)
print(copy.copy(Red()).made, pickle.loads(pickle.dumps(Red())).made)
