# Expected compile error: SyntaxError: name capture 'other' makes remaining patterns unreachable at line 5, column 10 (1-based, as CPython reports it)
match input():
    case "yes":
        print(1)
    case other:
        print(2)
    case "no":
        print(3)
