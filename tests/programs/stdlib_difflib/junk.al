import difflib

a = "private Thread currentThread;"
b = "private volatile Thread currentThread;"
for junk in [None, lambda c: c == ' ', lambda c: c in ' t']:
    s = difflib.SequenceMatcher(junk, a, b)
    print(s.get_matching_blocks(), round(s.ratio(), 6), sorted(s.bjunk))
s = difflib.SequenceMatcher(lambda x: x == 'x', 'axxbxxc', 'xxaxbxc')
print(s.get_matching_blocks(), s.get_opcodes())
lines_a = ['import os\n', '\n', 'def f():\n', '    return 1\n', '\n', '# end\n']
lines_b = ['import sys\n', '\n', 'def f():\n', '    return 2\n', '\n', '\n', '# the end\n']
s = difflib.SequenceMatcher(difflib.IS_LINE_JUNK, lines_a, lines_b)
print(s.get_opcodes())
print(list(difflib.ndiff(lines_a, lines_b, linejunk=difflib.IS_LINE_JUNK, charjunk=None)))
big_a = list(range(300))
big_b = [x if x % 50 else -x for x in range(300)] + [1] * 10
s1 = difflib.SequenceMatcher(None, big_a, big_b)
s2 = difflib.SequenceMatcher(None, big_a, big_b, autojunk=False)
print(len(s1.get_opcodes()), len(s2.get_opcodes()), round(s1.ratio(), 6), round(s2.ratio(), 6), sorted(s1.bpopular))
c = 'ab' * 150
d = 'ab' * 140 + 'c' * 20
print(difflib.SequenceMatcher(None, c, d).get_opcodes())
print(difflib.SequenceMatcher(None, c, d, False).get_opcodes())
