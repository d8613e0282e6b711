# Handling exceptions inside loops, retrying, collecting errors, and continuing.
inputs = ["10", "x", "3.5", "-4", "", "7"]
good, bad = [], []
for s in inputs:
    try:
        good.append(int(s))
    except ValueError as e:
        bad.append(str(e))
        continue
    finally:
        pass
print(good)
for b in bad:
    print(b)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("attempt " + str(attempts))
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("retry:", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print([safe_div(1, x) for x in [1, 0, "a", 4]])
