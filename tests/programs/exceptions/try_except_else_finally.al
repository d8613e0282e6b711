# Order of execution through try/except/else/finally for each outcome.
def run(kind):
    print("--", kind)
    try:
        print("try start")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 / 0
        print("try end")
    except ValueError as e:
        print("except ValueError:", e)
    except (KeyError, IndexError) as e:
        print("except Key/Index:", repr(e))
    else:
        print("else")
    finally:
        print("finally")
    print("after")

for k in ["none", "value", "key"]:
    run(k)
try:
    run("zero")
except ZeroDivisionError as e:
    print("caught outside:", e)
