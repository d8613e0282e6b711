# A called pattern whose name is not a class: TypeError when it is tried.
handlers = {"int": int, "text": "str"}
checker = handlers["text"]
for value in [1, "one"]:
    match value:
        case int():
            print("an int:", value)
        case checker():
            print("never")
