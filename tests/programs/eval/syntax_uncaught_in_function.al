# A SyntaxError from exec inside a function, not caught: the report shows
# the call chain and the bad source line with its caret.


def load_rule(text):
    scope = {}
    exec(text, scope)
    return scope


def main():
    load_rule("limit = 5")
    print("first rule loaded")
    load_rule("limit = (5 +\n  3")


main()
