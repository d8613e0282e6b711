# Assignment expressions in while loops, if conditions and calls.
data = [5, 3, 8, 0, 2, 7]
i = 0
while (v := data[i]) != 0:
    print("value", v)
    i += 1
print("stopped at index", i, "v =", v)
if (n := len(data)) > 5:
    print("long list of", n)
chunks = []
pos = 0
text = "abcdefghij"
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)
print((w := 10) * 2, w)
def f(x):
    return x * 3
if (r := f(4)) and r > 10:
    print("r is", r)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("popped", top)
print(stack, top)
print([(y := k) for k in range(2)], y)
