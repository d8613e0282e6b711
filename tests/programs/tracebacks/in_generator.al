# An exception inside a generator: the consumer's frame, then the
# generator's frame.
def numbers(limit):
    n = 0
    while True:
        yield n
        n += 1
        if n > limit:
            raise OverflowError(f"past {limit}")


total = 0
for x in numbers(3):
    total += x
print(total)
for x in numbers(2):
    print(x)
