# Trees of nested tuples built and walked under allocation pressure; the
# only references to inner tuples are the items of outer ones.
def make(depth, tag):
    if depth == 0:
        return (tag, None, None)
    d = depth - 1
    return (str(tag), make(d, tag * 2), make(d, tag * 2 + 1))

def walk(node):
    if node[1] is None:
        return node[0]
    return walk(node[1]) + walk(node[2])

keep = make(12, 1)
acc = 0
for i in range(40):
    acc += walk(make(8, i))
    junk = [(j, (j, (j,))) for j in range(500)]
    acc += junk[-1][1][1][0]
print(acc, walk(keep))
chain = None
for i in range(50000):
    chain = (i, chain)
n = 0
while chain is not None:
    n += chain[0]
    chain = chain[1]
print(n)
