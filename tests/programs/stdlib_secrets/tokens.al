import secrets
import string
print(secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0), type(secrets.token_bytes(3)).__name__)
h = secrets.token_hex()
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex(7)), secrets.token_hex(0))
u = secrets.token_urlsafe()
print(len(u), all(c.isalnum() or c in '-_' for c in u), len(secrets.token_urlsafe(5)), repr(secrets.token_urlsafe(0)))
for n in [1, 2, 3, 10, 2 ** 70]:
    print(all(0 <= secrets.randbelow(n) < n for _ in range(50)))
print(all(0 <= secrets.randbits(k) < 2 ** k for k in [1, 8, 33, 100] for _ in range(20)), secrets.randbits(0))
print(secrets.choice('x'), secrets.choice([7]), secrets.choice('abc') in 'abc')
print(secrets.compare_digest(b'a', b'a'), secrets.compare_digest('a', 'b'))
r = secrets.SystemRandom()
print(0 <= r.random() < 1, 1 <= r.randint(1, 3) <= 3)
