# copyreg's extension registry: EXT1, EXT2 and EXT4 codes for registered
# globals from protocol 2, and fix_imports.
import pickle
import copyreg


class Small:
    pass


class Mid:
    pass


class Big:
    pass


copyreg.add_extension("__main__", "Small", 200)
copyreg.add_extension("__main__", "Mid", 40000)
copyreg.add_extension("__main__", "Big", 100000)
for proto in range(6):
    data = pickle.dumps([Small, Mid, Big, Small], proto)
    print(proto, data)
    print(pickle.loads(data) == [Small, Mid, Big, Small])
copyreg.remove_extension("__main__", "Mid", 40000)
try:
    pickle.loads(b"\x80\x02\x83@\x9c.")
except ValueError as e:
    print("ValueError:", e)
print(pickle.dumps([str, range, Exception], 2))
print(pickle.dumps([str, range, Exception], 2, fix_imports=False))
try:
    pickle.loads(b"\x80\x02c__builtin__\nunicode\nq\x00.", fix_imports=False)
except Exception as e:
    print(type(e).__name__, str(e).split(" on ")[0])
