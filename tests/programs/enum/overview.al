from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>12}|", Color.CRIMSON is Color.RED)
print(repr(Color), type(Color), Color.__members__)
print(list(Color), len(Color), Color.RED in Color, list(reversed(Color)))
try: print("x" in Color.__members__)
except Exception as e: print(type(e).__name__, e)
try: Color(5)
except Exception as e: print(type(e).__name__, e)
try: Color['X']
except Exception as e: print(type(e).__name__, repr(e))
try: Color.RED = 5
except Exception as e: print(type(e).__name__, e)
try: del Color.RED
except Exception as e: print(type(e).__name__, e)
try: Color.RED < Color.GREEN
except Exception as e: print(type(e).__name__, e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try:
    class Sub(Color): pass
except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except Exception as e: print(type(e).__name__, e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(repr(N.ONE), str(N.ONE), format(N.ONE), f"{N.TWO:03d}", N.ONE + 1, N.ONE == 1, N.ONE < N.TWO, hash(N.ONE) == hash(1))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', S.B.upper(), format(S.A))
class MI(int, Enum):
    X = 1
print(repr(MI.X), str(MI.X), format(MI.X), f"{MI.X}")
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), A.W.value)
class P(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(repr(P.R | P.W), str(P.R|P.W), list(P), len(P), repr(~P.R), repr(P(0)), str(P(0)), bool(P(0)), P.R in P.RW, list(P.RW), len(P.RW), repr(P.RW), repr(P(7)))
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP(8), repr(IP(8)), repr(IP(12)), IP.R | 8, repr(~IP.R), format(IP.R))
class F2(Flag):
    A = auto()
    B = auto()
    C = auto()
print(list(F2), F2.C.value, repr(F2.A|F2.C), repr(~F2.A))
print(Color.RED.name, Color.RED.value, Color(1), Color['GREEN'], hash(Color.RED) == hash('RED'))
print(type(Color).__name__, Enum.__name__, repr(Enum), repr(Flag), repr(P))
print(Color._member_names_, list(Color.__members__), A._value2member_map_)
