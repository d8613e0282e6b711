import uuid

n = uuid.getnode()
print(type(n), 0 < n < 2**48, n == uuid.getnode())
