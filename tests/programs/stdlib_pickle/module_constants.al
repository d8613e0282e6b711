# The module's constants and helpers.
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version, pickle.compatible_formats)
print(pickle.MARK, pickle.STOP, pickle.PROTO, pickle.FRAME, pickle.MEMOIZE, pickle.STACK_GLOBAL, pickle.TRUE, pickle.FALSE)
print(pickle.bytes_types)
for n in (0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, -32768, 2**64, -2**64):
    e = pickle.encode_long(n)
    print(n, e, pickle.decode_long(e))
print(sorted(pickle.__all__)[:12])
print(pickle.Pickler.__module__, pickle.Unpickler.__module__)
