# a2b_base64 on many generated strings over a small alphabet, lenient and strict.
import binascii
import random

rng = random.Random(20240607)
alphabet = "AQgw=+/ \n!"
counts = {}
for i in range(3000):
    n = rng.randrange(0, 13)
    text = "".join(rng.choice(alphabet) for _ in range(n))
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(text, strict_mode=strict).hex()
        except binascii.Error as e:
            r = "E:" + str(e)
        counts[r[:40]] = counts.get(r[:40], 0) + 1
        if i % 50 == 0:
            print(repr(text), strict, r)
for k in sorted(counts):
    print(k, counts[k])
