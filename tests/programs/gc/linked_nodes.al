# Doubly linked nodes (tuples, lists and dicts mixed) dropped in a loop;
# memory must stay flat and surviving values intact.
def chain(n, tag):
    head = [None, None, tag]
    cur = head
    for i in range(n):
        nxt = [cur, None, (tag, i, str(i) * 2)]
        cur[1] = nxt
        cur = nxt
    head[0] = cur
    return head


checksum = 0
kept = []
for round_ in range(150):
    h = chain(500, round_)
    node = h[1]
    steps = 0
    while node is not None and node is not h:
        steps += 1
        node = node[1]
    checksum += steps
    if round_ % 50 == 0:
        kept.append(h)
print(checksum)
for h in kept:
    last = h[0]
    print(h[2], last[2], last[0][2][2])
