"""A small inventory whose docstrings have some wrong examples: the
failure reports are CPython's (wrong output, output expected but none
printed, output printed but none expected, an unexpected exception, a
different exception than expected).

>>> len(STOCK)
3
"""
import doctest
import dtcapture

STOCK = {"apple": 3, "pear": 0, "fig": 12}


def available(name):
    """Whether `name` is in stock.

    >>> available("apple")
    True
    >>> available("pear")
    True
    >>> available("kiwi")
    False
    """
    return STOCK.get(name, 0) > 0


def restock(name, n):
    """Adds `n` items.

    >>> restock("pear", 2)
    >>> STOCK["pear"]
    2
    >>> restock("fig", 1)
    13
    >>> restock("plum", 1)
    """
    STOCK[name] = STOCK.get(name, 0) + n
    if n > 1:
        print("restocked", name)


def price(name):
    """The price of one item.

    >>> price("apple")
    0.5
    >>> price("kiwi")
    Traceback (most recent call last):
        ...
    KeyError: 'kiwi'
    >>> price("fig")
    Traceback (most recent call last):
        ...
    ValueError: no price for fig
    >>> price(["not", "hashable"])
    1.0
    """
    prices = {"apple": 0.5, "pear": 0.75}
    if name == "fig":
        raise LookupError("no price for fig")
    return prices[name]


class Basket:
    """A basket of items.

    >>> b = Basket()
    >>> b.add("apple"); b.add("fig")
    >>> b
    Basket(['apple', 'fig'])
    >>> b.total()
    2.5
    """

    def __init__(self):
        self.items = []

    def add(self, name):
        """
        >>> Basket().add("apple")
        'added'
        """
        self.items.append(name)

    def total(self):
        return sum(price(i) for i in self.items if i != "fig")

    @staticmethod
    def capacity():
        """
        >>> Basket.capacity()
        10
        """
        return 12

    @classmethod
    def of(cls, *names):
        """
        >>> Basket.of("a", "b").items
        ['a', 'b']
        """
        b = cls()
        for n in names:
            b.add(n)
        return b

    @property
    def size(self):
        """
        >>> Basket.of("x").size
        2
        """
        return len(self.items)

    def __repr__(self):
        return "Basket(%r)" % self.items

    class Label:
        """
        >>> Basket.Label().text
        'basket'
        """
        text = "Basket"


def _private(x):
    """
    >>> _private(2)
    4
    """
    return x * x


__test__ = {
    "stock_total": """
        >>> sum(STOCK.values())
        20
        """,
    "restock_twice": """
        >>> restock("kiwi", 1); restock("kiwi", 1)
        >>> STOCK["kiwi"]
        2
        """,
}

res = dtcapture.run(doctest.testmod)
print(res)
print(res.failed, res.attempted, res == (res.failed, res.attempted))
