# A bank-teller queue simulation with lists as queues and a deterministic LCG.
state = 2024
def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 33) % n

queue = []
tellers = [None, None]
served = []
waits = []
for tick in range(60):
    if rand(10) < 7:
        queue.append({"id": tick, "arrived": tick, "work": 1 + rand(6)})
    for t in range(len(tellers)):
        cust = tellers[t]
        if cust is not None:
            cust["work"] -= 1
            if cust["work"] == 0:
                served.append(cust["id"])
                tellers[t] = None
        if tellers[t] is None and queue:
            nxt = queue.pop(0)
            waits.append(tick - nxt["arrived"])
            tellers[t] = nxt
    if tick % 10 == 9:
        busy = sum(1 for t in tellers if t is not None)
        print(f"t={tick:2d} queue={len(queue):2d} busy={busy} served={len(served)}")
print("served ids:", served[:15])
print("max wait:", max(waits), "avg wait:", round(sum(waits) / len(waits), 3))
print("still waiting:", [c["id"] for c in queue])
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for w in sorted(hist):
    print(f"{w:3d} {'#' * hist[w]}")
