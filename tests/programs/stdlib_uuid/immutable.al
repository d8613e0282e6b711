import uuid

u = uuid.UUID(int=42)
for name in ["x", "int", "is_safe", "hex"]:
    try:
        setattr(u, name, 1)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)
print(uuid.UUID.__slots__)
try:
    u.__dict__
except AttributeError as e:
    print("no __dict__")
print(u.int)
