# Functions read globals at call time, so globals defined after the def are visible.
def show():
    return f"{late_value} / {config['mode']}"

late_value = "defined after show"
config = {"mode": "fast"}
print(show())
late_value = "changed"
config["mode"] = "slow"
print(show())

def call_later():
    return helper() * 2

def helper():
    return 21

print(call_later())
def helper():
    return 50
print(call_later())
total = 0
for i in range(5):
    total += i
def get_total():
    return total
print(get_total())
