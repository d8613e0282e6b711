import uuid

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: uuid.UUID("123"))
attempt(lambda: uuid.UUID("g2345678123456781234567812345678"))
attempt(lambda: uuid.UUID(" 12345678-1234-5678-1234-567812345678 "))
attempt(lambda: uuid.UUID("12345678-1234-5678-1234-5678123456789"))
attempt(lambda: uuid.UUID())
attempt(lambda: uuid.UUID(hex="1" * 32, int=5))
attempt(lambda: uuid.UUID(bytes=b"1" * 15))
attempt(lambda: uuid.UUID(bytes_le=b"1" * 17))
attempt(lambda: uuid.UUID(bytes=bytearray(16)))
attempt(lambda: uuid.UUID(bytes="x" * 16))
attempt(lambda: uuid.UUID(fields=(1, 2, 3)))
attempt(lambda: uuid.UUID(fields=(2**32, 2, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2**16, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 2**16, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 256, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 256, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 2**48)))
attempt(lambda: uuid.UUID(fields=(-1, 2, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(int=-1))
attempt(lambda: uuid.UUID(int=2**128))
attempt(lambda: uuid.UUID(hex=5))
attempt(lambda: uuid.UUID(12))
attempt(lambda: uuid.UUID("1" * 32, None, None, None, None, None, None))
attempt(lambda: str(uuid.UUID(int=5.0)))
