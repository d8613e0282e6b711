# String processing pipeline: clean, split into sentences, stats, title-case, wrap.
raw = """  the QUICK brown fox   jumps over the lazy dog.  pack my box with
five dozen liquor jugs!   how vexingly quick daft zebras jump?
sphinx of black quartz, judge my vow.  """

def clean(text):
    return " ".join(text.split())

def sentences(text):
    out, cur = [], []
    for ch in text:
        cur.append(ch)
        if ch in ".!?":
            out.append("".join(cur).strip())
            cur = []
    if "".join(cur).strip():
        out.append("".join(cur).strip())
    return out

def sentence_case(s):
    return s[:1].upper() + s[1:].lower()

def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines

def is_pangram(s):
    return set("abcdefghijklmnopqrstuvwxyz") <= set(s.lower())

text = clean(raw)
print(repr(text[:40]))
sents = [sentence_case(s) for s in sentences(text)]
for s in sents:
    words = s.rstrip(".!?").replace(",", "").split()
    print(f"{len(words):2d} words, pangram={is_pangram(s)!s:5}, longest={max(words, key=len)!r}: {s}")
for line in wrap(" ".join(sents), 28):
    print("|" + line.ljust(28) + "|")
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels, "consonants:", sum(1 for c in text.lower() if c.isalpha()) - vowels)
print(" ".join(w[::-1] for w in sents[0].split()))
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in sents[0].lower())
print(caesar)
