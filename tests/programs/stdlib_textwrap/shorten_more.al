import textwrap

s = 'The quick brown fox jumps over the lazy dog near the riverbank at dawn'
for w in range(6, 40, 3):
    print(w, repr(textwrap.shorten(s, w)), repr(textwrap.shorten(s, w, placeholder='…')))
print(textwrap.shorten('short', 10), textwrap.shorten('', 5), repr(textwrap.shorten('   ', 5)))
print(textwrap.shorten(s, 30, break_long_words=False, fix_sentence_endings=True))
print(textwrap.shorten('a' * 40, 20), textwrap.shorten('a' * 40 + ' b', 20, break_long_words=False))
for kw in [dict(initial_indent='>>> '), dict(placeholder='')]:
    print(repr(textwrap.shorten(s, 20, **kw)))
