# Round trips of generated data through every encoding, and decoders on junk.
import base64
import binascii
import random

rng = random.Random(77)
pairs = [
    (base64.b64encode, base64.b64decode),
    (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    (base64.b32encode, base64.b32decode),
    (base64.b32hexencode, base64.b32hexdecode),
    (base64.b16encode, base64.b16decode),
    (base64.a85encode, base64.a85decode),
    (base64.b85encode, base64.b85decode),
    (base64.encodebytes, base64.decodebytes),
]
for i in range(200):
    n = rng.randrange(0, 40)
    data = bytes(rng.randrange(256) for _ in range(n))
    for enc, dec in pairs:
        e = enc(data)
        if dec(e) != data:
            print("MISMATCH", enc.__name__, data)
        if i % 20 == 0:
            print(enc.__name__, e)

decoders = [base64.b64decode, base64.b32decode, base64.b32hexdecode, base64.b16decode,
            base64.a85decode, base64.b85decode]
alphabets = ["AB=7z!", "MFRG=01", "0123456789ABCDEFG", "!uzy~> ", "09AZaz~|{"]
tally = {}
for i in range(1000):
    alpha = alphabets[i % len(alphabets)]
    text = "".join(rng.choice(alpha) for _ in range(rng.randrange(0, 12)))
    for dec in decoders:
        try:
            r = dec(text).hex()
        except (ValueError, binascii.Error) as e:
            r = type(e).__name__ + ": " + str(e)
        key = dec.__name__ + " " + r[:60]
        tally[key] = tally.get(key, 0) + 1
        if i % 47 == 0:
            print(dec.__name__, repr(text), r)
for k in sorted(tally):
    if not k.split(" ", 1)[1][:1].isdigit() and not k.split(" ", 1)[1][:1] in "abcdef":
        print(k, tally[k])
