class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.5
class Both:
    def __complex__(self):
        return 1j
    def __float__(self):
        return 9.0
print(complex(C()), complex(F()), complex(I()), complex(Both()))
print(complex(F(), F()), complex(I(), C()), complex(C(), I()))
for f in [lambda: complex(Bad()), lambda: complex(object()), lambda: complex(1, object())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
