# Run-length encoding and decoding, with round-trip checks on many inputs.
def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev, count = ch, 1
    out.append(f"{count}{prev}")
    return "".join(out)

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

samples = ["", "a", "aaabccddddd", "abc", "zzzzzzzzzzzz", "aabbaabb", "x" * 100 + "y", "  --  "]
for s in samples:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    print(repr(s[:20]), "->", enc, dec == s)
ratio = [len(rle_encode(s)) / max(len(s), 1) for s in samples]
print([round(r, 3) for r in ratio])
def look_and_say(s):
    groups = []
    for ch in s:
        if groups and groups[-1][0] == ch:
            groups[-1][1] += 1
        else:
            groups.append([ch, 1])
    return "".join(f"{n}{ch}" for ch, n in groups)

seq = "1"
for _ in range(10):
    print(seq, rle_encode(seq))
    seq = look_and_say(seq)
print(len(seq), len(look_and_say(seq)))
