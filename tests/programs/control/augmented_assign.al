# Every augmented assignment operator on ints, floats, strings, lists and subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 10; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst)
d = {"k": 1}
d["k"] += 10
d["k"] *= 3
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
m[0][-1] **= 5
print(m)
counter = {"n": 0}
for i in range(5):
    counter["n"] += i
print(counter)
