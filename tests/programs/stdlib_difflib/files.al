import difflib

old = """The Zen of Python, by Tim Peters

Beautiful is better than ugly.
Explicit is better than implicit.
Simple is better than complex.
Complex is better than complicated.
Flat is better than nested.
Sparse is better than dense.
Readability counts.
Special cases aren't special enough to break the rules.
Although practicality beats purity.
Errors should never pass silently.
Unless explicitly silenced.
""".splitlines(keepends=True)
new = list(old)
new[0] = "The Zen of Python\n"
new[4] = "Explicit is much better than implicit.\n"
del new[8]
new.insert(11, "Practicality beats purity, always.\n")
new.append("In the face of ambiguity, refuse the temptation to guess.\n")
print(''.join(difflib.unified_diff(old, new, 'zen.txt', 'zen2.txt', 'Mon Jan 1', 'Tue Jan 2')), end='')
print(''.join(difflib.context_diff(old, new, 'zen.txt', 'zen2.txt', n=1)), end='')
print(''.join(difflib.ndiff(old[:6], new[:6])), end='')
print(''.join(difflib.unified_diff(old, new, n=0)), end='')
print(round(difflib.SequenceMatcher(None, old, new).ratio(), 6))
