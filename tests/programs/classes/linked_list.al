# A linked list with the container and iterator protocols.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield_value = cur.value
            cur = cur.next
            self._last = yield_value
        return iter(self.to_list())

    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur.value

    def __contains__(self, value):
        return value in self.to_list()

    def __repr__(self):
        return "LinkedList(" + " -> ".join(repr(v) for v in self.to_list()) + ")"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and self.to_list() == other.to_list()

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(0)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
print(list(ll), sum(ll), sorted(ll), [x * 10 for x in ll])
ll.reverse()
print(ll, ll == LinkedList([1, 4, 1, 3, 0]), ll == [1, 4, 1, 3, 0])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), bool(ll))
