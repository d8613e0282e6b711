from enum import Enum, IntEnum
from collections import Counter, defaultdict
import dataclasses


class Suit(Enum):
    HEARTS = "H"
    SPADES = "S"


class Rank(IntEnum):
    TWO = 2
    TEN = 10
    ACE = 14


@dataclasses.dataclass(order=True)
class Card:
    rank: Rank
    suit: Suit = dataclasses.field(compare=False)


hand = [Card(Rank.ACE, Suit.SPADES), Card(Rank.TWO, Suit.HEARTS), Card(Rank.TEN, Suit.HEARTS)]
print(sorted(hand))
print(Counter(c.suit for c in hand))
by_suit = defaultdict(list)
for c in hand:
    by_suit[c.suit].append(c.rank)
print(dict(by_suit))
print({Suit.HEARTS, Suit.SPADES, Suit("H")} == set(Suit), frozenset([Rank.ACE]))
print(max(hand).rank, sum(c.rank for c in hand), [r.name for r in sorted(Rank, reverse=True)])
print(list(zip(Suit, Rank)), dict.fromkeys(Suit, 0))
print(tuple(Rank), list(map(str, Suit)), Suit.HEARTS in [Suit.HEARTS])
