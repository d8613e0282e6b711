# A method that does not exist marks `obj.name`, not the whole call; a method
# that exists but fails marks the call.
class Parser:
    def parse(self, text):
        return int(text)


p = Parser()
print(p.parse("12"))
try:
    p.parse("twelve")
except ValueError as e:
    print("ValueError:", e)
items = [3, 1, 2]
items.sort()
print(items)
result = p.parse("7") + items.total(
    1, 2)
