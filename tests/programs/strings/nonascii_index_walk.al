# Walking a long non-ASCII string by index, forwards and backwards, with
# find/startswith/slices from moving positions: linear, and always right.
s = ''.join(['\u00e9', 'a', '\u4e2d', 'b', '\U0001f600', '"', 'c\n'][i % 7] for i in range(20000))
n = len(s)
count = 0
for i in range(n):
    if s[i] == '\u4e2d':
        count += 1
print(n, count)
back = []
i = n - 1
while i >= n - 20:
    back.append(s[i])
    i -= 1
print(back)
# Alternate between positions far apart and close together.
print(s[5], s[n - 3], s[6], s[n - 4], s[0], s[n // 2], s[n // 2 - 1], s[n // 2 + 1], s[-1])
quotes = 0
i = 0
while True:
    j = s.find('"', i)
    if j < 0:
        break
    quotes += 1
    assert s.startswith('"c\n', j) and s[j - 1] == '\U0001f600', j
    i = j + 1
print(quotes, s.find('"', n - 3), s.find('\u00e9', 7), s.rfind('\u4e2d', 0, 10))
pieces = 0
i = 0
while i < n:
    j = s.find('\n', i)
    piece = s[i:j]
    if piece != '\u00e9a\u4e2db\U0001f600"c':
        print('bad piece', i, repr(piece))
        break
    pieces += 1
    i = j + 1
print(pieces, s.count('\n', 100, 200), s.index('b', 1000), s.endswith('c\n', 0, 8), s.startswith('\u4e2d', 2))
words = s[:35]
print(repr(words), [words[k] for k in range(0, 35, 4)], [words[k] for k in range(34, -1, -5)])
