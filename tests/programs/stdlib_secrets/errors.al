import secrets
for f, a in [(secrets.token_bytes, -1), (secrets.randbelow, 0), (secrets.randbelow, -1),
             (secrets.randbits, -1), (secrets.choice, []), (secrets.token_hex, 'x'),
             (secrets.token_urlsafe, -2), (secrets.choice, '')]:
    try:
        print(f(a))
    except Exception as e:
        print(type(e).__name__, e)
