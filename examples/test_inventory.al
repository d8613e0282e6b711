# A small unittest suite, compiled into one binary: the Inventory class
# below and its tests. Run it as you would run a Python test script:
#
#   alc examples/test_inventory.al -o test_inventory
#   ./test_inventory          # dots and a summary on stderr, exit status 0
#   ./test_inventory -v       # one line per test
#   ./test_inventory -k remove
import unittest
from unittest import mock


class OutOfStock(Exception):
    pass


class Inventory:
    """Items and their counts, with a supplier to reorder from."""

    def __init__(self, supplier=None):
        self.counts = {}
        self.supplier = supplier

    def add(self, item, n=1):
        if n <= 0:
            raise ValueError(f"cannot add {n} of {item!r}")
        self.counts[item] = self.counts.get(item, 0) + n

    def remove(self, item, n=1):
        have = self.counts.get(item, 0)
        if have < n:
            raise OutOfStock(f"{item!r}: have {have}, want {n}")
        self.counts[item] = have - n
        if self.counts[item] == 0:
            del self.counts[item]
            if self.supplier is not None:
                self.supplier.reorder(item)

    def total(self):
        return sum(self.counts.values())


class InventoryTest(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)

    def test_add_counts_up(self):
        self.inv.add("apple")
        self.inv.add("pear", 2)
        self.assertEqual(self.inv.counts, {"apple": 4, "pear": 2})
        self.assertEqual(self.inv.total(), 6)

    def test_add_rejects_nonpositive(self):
        with self.assertRaisesRegex(ValueError, "cannot add 0"):
            self.inv.add("pear", 0)

    def test_remove(self):
        self.inv.remove("apple", 2)
        self.assertEqual(self.inv.counts["apple"], 1)

    def test_remove_last_deletes(self):
        self.inv.remove("apple", 3)
        self.assertNotIn("apple", self.inv.counts)

    def test_remove_too_many(self):
        with self.assertRaises(OutOfStock) as cm:
            self.inv.remove("apple", 5)
        self.assertEqual(str(cm.exception), "'apple': have 3, want 5")

    def test_totals(self):
        for n, expected in [(1, 4), (2, 6), (10, 16)]:
            with self.subTest(n=n):
                self.inv.add("plum", n)
                self.assertEqual(self.inv.total(), expected)


class ReorderTest(unittest.TestCase):
    def test_reorders_when_empty(self):
        supplier = mock.Mock()
        inv = Inventory(supplier)
        inv.add("fig")
        inv.remove("fig")
        supplier.reorder.assert_called_once_with("fig")

    def test_no_reorder_while_stocked(self):
        supplier = mock.Mock()
        inv = Inventory(supplier)
        inv.add("fig", 2)
        inv.remove("fig")
        supplier.reorder.assert_not_called()

    @unittest.skip("the supplier API has no bulk orders yet")
    def test_bulk_reorder(self):
        pass


if __name__ == "__main__":
    unittest.main()
