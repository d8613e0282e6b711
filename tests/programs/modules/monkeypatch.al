# Replacing a module's attributes from outside (m.f = g, setattr, del): the
# module's own functions and every module that reads `m.f` see the change;
# a name copied earlier with `from m import f` keeps the old value.
import mp_service
import mp_client
from mp_service import fetch as early_fetch

print(mp_client.show("a"), early_fetch("a"))


def fake_fetch(key):
    return f"fake[{key}]"


mp_service.fetch = fake_fetch
print(mp_client.show("b"), early_fetch("b"), mp_service.fetch_twice("b"))

setattr(mp_service, "TIMEOUT", 99)
print(mp_service.settings(), mp_client.timeout_seen())

original_lookup = mp_service.lookup
mp_service.lookup = lambda key: key.upper() * 2
print(mp_service.fetch_real("c"), mp_client.real("d"))
mp_service.lookup = original_lookup
print(mp_service.fetch_real("c"))

del mp_service.fetch
try:
    mp_client.show("e")
except AttributeError as e:
    print("AttributeError:", e)
try:
    mp_service.fetch_twice("e")
except NameError as e:
    print("NameError:", e)
mp_service.fetch = mp_service.fetch_real
print(mp_client.show("f"), hasattr(mp_service, "fetch"), getattr(mp_service, "nope", "default"))
mp_client.patch_service()
print(mp_service.settings(), mp_service.fetch("g"))
