# Playing cards with __eq__/__hash__/ordering: sets, dict keys, sorting,
# and a deck that supports len, indexing, slicing and membership.
class Card:
    ranks = "23456789TJQKA"
    suits = "cdhs"

    def __init__(self, text):
        rank, suit = text[0], text[1]
        if rank not in self.ranks or suit not in self.suits:
            raise ValueError(f"bad card {text!r}")
        self.rank, self.suit = rank, suit

    @property
    def value(self):
        return self.ranks.index(self.rank)

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.value, self.suit) < (other.value, other.suit)

    def __repr__(self):
        return self.rank + self.suit


class Deck:
    def __init__(self, cards=None):
        if cards is None:
            cards = [Card(r + s) for s in Card.suits for r in Card.ranks]
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]

    def __contains__(self, card):
        return card in self.cards

    def __repr__(self):
        return f"Deck({len(self)} cards)"

    def shuffle(self, seed):
        # A small deterministic shuffle (LCG), so output is reproducible.
        x = seed
        for i in range(len(self.cards) - 1, 0, -1):
            x = (x * 1103515245 + 12345) % 2**31
            j = x % (i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]


deck = Deck()
print(deck, deck[0], deck[-1], deck[10:13].cards, Card("As") in deck, len(deck[::4]))
deck.shuffle(42)
hand = sorted(deck[:5].cards)
print(hand, max(hand), min(hand), hand[0] < hand[-1], hand[-1] > hand[0], hand[0] <= hand[0])
print(Card("Kh") == Card("Kh"), Card("Kh") != Card("Kd"), Card("Kh") == "Kh", Card("2c") is Card("2c"))
seen = {Card("As"), Card("As"), Card("Ad")}
counts = {}
for c in deck.cards:
    counts[c.suit] = counts.get(c.suit, 0) + 1
print(len(seen), Card("Ad") in seen, counts, {Card("Tc"): "ten"}[Card("Tc")])
by_suit = {}
for c in sorted(deck.cards[:13]):
    by_suit.setdefault(c.suit, []).append(c)
print(sorted(by_suit.items()))
for bad in ["1s", "Ax"]:
    try:
        Card(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Card("As") < "As"
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Card("As"), 3])
except TypeError as e:
    print("TypeError:", e)
print(Card("5h") > Card("5d"), Card("5h") >= Card("6d"))
