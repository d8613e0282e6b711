# An exception raised three calls deep: each frame shows its call with
# carets under the call expression, not under the whole line.
def parse(text):
    return int(text)


def load(values):
    total = 0
    for v in values:
        total = total + parse(v)
    return total


def main():
    print("start")
    result = {"sum": load(["1", "2", "x3"])}
    print(result)


main()
