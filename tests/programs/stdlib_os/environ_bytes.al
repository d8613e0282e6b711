# Environment variables whose names or values are not UTF-8 (from
# environ_bytes.env): decoded with surrogateescape as CPython does, and
# encoded back to the same bytes when the program sets them.
import os

mine = sorted(k for k in os.environ if k.startswith("ALC_FS"))
print(ascii(mine))
for k in mine:
    print(ascii(k), ascii(os.environ[k]), ascii(os.getenv(k)), os.fsencode(os.environ[k]))
print(os.fsencode(os.environ["ALC_FS_VALUE"]), "ALC_FS_\udcff" in os.environ)
print(ascii(os.environ.get(os.fsdecode(b"ALC_FS_\xff"))), ascii(dict(os.environ.items())["ALC_FS_VALUE"]))

os.environ["ALC_FS_SET"] = os.fsdecode(b"x\x80y")
print(ascii(os.environ["ALC_FS_SET"]), ascii(os.getenv("ALC_FS_SET")))
os.environ[os.fsdecode(b"ALC_FS_K\xe9")] = "v"
print(ascii(sorted(k for k in os.environ if k.startswith("ALC_FS"))))
os.putenv(b"ALC_FS_PUT", b"\xff")
os.putenv("ALC_FS_PUT2", "caf\udce9")
os.unsetenv(b"ALC_FS_PUT")
print(ascii(os.environ.pop("ALC_FS_VALUE")), "ALC_FS_VALUE" in os.environ)
del os.environ["ALC_FS_\udcff"]
print(ascii(sorted(k for k in os.environ if k.startswith("ALC_FS"))))

for key, value in [("ALC_FS_BAD", "\ud800"), ("ALC_FS_BAD\udfff", "x"), ("ALC_FS_BAD", "a\udc7f")]:
    try:
        os.environ[key] = value
    except UnicodeEncodeError as e:
        print(e)
    print("ALC_FS_BAD" in os.environ)
for args in [("A\0", "x"), (b"A", b"x\0"), ("A=", b"x")]:
    try:
        os.putenv(*args)
    except ValueError as e:
        print(e)
try:
    os.environ[b"ALC"] = "x"
except TypeError as e:
    print(e)

# environb: the same environment, bytes to bytes.
print(type(os.environb).__name__, os.environb[b"ALC_FS_PLAIN"], os.environb[b"ALC_FS_K\xe9"])
print(sorted(k for k in os.environb if k.startswith(b"ALC_FS")))
os.environb[b"ALC_FS_B\xff"] = b"\xfe"
print(ascii(os.environ["ALC_FS_B\udcff"]), os.getenvb(b"ALC_FS_B\xff"), os.getenvb(b"ALC_FS_NO", 1))
os.environ["ALC_FS_S"] = "caf\udce9"
print(os.environb[b"ALC_FS_S"], os.environb.get(b"ALC_FS_S"), b"ALC_FS_S" in os.environb)
del os.environb[b"ALC_FS_S"]
print("ALC_FS_S" in os.environ, os.environb.pop(b"ALC_FS_B\xff"), "ALC_FS_B\udcff" in os.environ)
print(sorted((k, v) for k, v in os.environb.items() if k.startswith(b"ALC_FS")))
print(os.environb.copy()[b"ALC_FS_PLAIN"], len(os.environb) == len(os.environ))
for f in [
    lambda: os.environb["ALC_FS_PLAIN"],
    lambda: os.environb.__setitem__(b"ALC_FS_X", "x"),
    lambda: os.environb.__setitem__(b"ALC_FS_X", bytearray(b"x")),
    lambda: os.environb[b"ALC_FS_NO"],
    lambda: os.environb.__delitem__(b"ALC_FS_NO"),
    lambda: os.getenvb("ALC_FS_PLAIN"),
    lambda: "ALC_FS_PLAIN" in os.environb,
    lambda: b"ALC_FS_PLAIN" in os.environ,
]:
    try:
        print(f())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
