# Mutating lists while building them; stacks, queues, and in-place algorithms.
stack = []
for ch in "([]{()})":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top + ch, end=" ")
print(stack == [])
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([2 * n, 2 * n + 1])
print(seen)
arr = [5, 2, 9, 1, 5, 6]
for i in range(len(arr)):
    for j in range(len(arr) - 1 - i):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
print(arr)
arr2 = [1, 2, 3, 4, 5, 6, 7, 8]
i = 0
while i < len(arr2):
    if arr2[i] % 3 == 0:
        del arr2[i]
    else:
        arr2[i] *= 10
        i += 1
print(arr2)
lo, hi = 0, len(arr) - 1
while lo < hi:
    arr[lo], arr[hi] = arr[hi], arr[lo]
    lo += 1
    hi -= 1
print(arr)
