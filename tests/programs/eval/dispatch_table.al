# A command dispatcher whose handlers are defined by exec'd source, one
# handler per command, registered into a table through a decorator that
# the exec'd code reads from its globals.
HANDLERS = {}


def command(name):
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


SOURCE = '''
@command("add")
def do_add(stack, arg):
    stack.append(stack.pop() + stack.pop())

@command("push")
def do_push(stack, arg):
    stack.append(int(arg))

@command("mul")
def do_mul(stack, arg):
    b, a = stack.pop(), stack.pop()
    stack.append(a * b)

@command("dup")
def do_dup(stack, arg):
    stack.append(stack[-1])

@command("neg")
def do_neg(stack, arg):
    stack[-1] = -stack[-1]

counter = 0

@command("count")
def do_count(stack, arg):
    global counter
    counter += 1
    stack.append(counter)
'''

g = {"command": command}
exec(SOURCE, g)
print(sorted(HANDLERS))
print(sorted(k for k in g if not k.startswith("__")))


def run(program):
    stack = []
    for line in program.strip().splitlines():
        op, _, arg = line.partition(" ")
        try:
            HANDLERS[op](stack, arg)
        except KeyError:
            print("unknown op", op)
        except IndexError:
            print("stack underflow at", op)
            return None
    return stack


print(run("push 3\npush 4\nadd\ndup\nmul"))
print(run("push 2\nneg\ncount\ncount\nadd"))
print(run("push 1\nadd"))
print(run("push 5\nfrob\ndup"))
print(g["counter"], HANDLERS["count"].__name__)
# The handlers read and write their globals in g itself.
g["counter"] = 100
print(run("count"), g["counter"])
