import atexit
class Res:
    def close(self):
        print("closed")
r = Res()
atexit.register(r.close)
atexit.register(print, "printed")
print("main")
