import unicodedata

tests = [("NFX", "a"), ("nfc", "a"), (1, "a"), ("NFC", 1), ("NFC", b"a")]
for f in (unicodedata.normalize, unicodedata.is_normalized):
    for args in tests:
        try:
            print(f(*args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for args in [("NFC",), ("NFC", "a", "b")]:
        try:
            f(*args)
        except TypeError as e:
            print("TypeError", e)
