# return/break/continue through finally, and finally overriding return.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
print(loop_break())
print(loop_continue())
print(return_value_evaluated_before_finally())
print(nested_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("tick", n)
print(while_finally())
