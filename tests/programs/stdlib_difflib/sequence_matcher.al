from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
m = s.find_longest_match(0, 5, 0, 9)
print(m.a, m.b, m.size, type(m).__name__)
a = "qabxcd"
b = "abycdf"
s = SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
s = SequenceMatcher(None, list(range(1, 40)), list(range(1, 40)))
s.set_seq2([x for x in range(1, 40) if x % 11])
print(list(s.get_grouped_opcodes()))
print(list(s.get_grouped_opcodes(1)))
print(list(SequenceMatcher(None, [], []).get_grouped_opcodes()), SequenceMatcher(None, '', '').ratio())
print(SequenceMatcher(None, [1, 2, 3], (3, 2, 1)).get_opcodes())
s.set_seqs('abcdef', 'azcdqf')
print(s.get_opcodes(), s.a, s.b)
s.set_seq1('zzz')
print(s.get_opcodes())
# autojunk: b of 200+ items, popular elements are junk
a = 'x' * 10 + 'abc'
b = ('x' * 3 + 'y') * 60 + 'abc'
print(SequenceMatcher(None, a, b).get_matching_blocks())
print(SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
sm = SequenceMatcher(None, a, b)
print(sorted(sm.bpopular), sorted(sm.bjunk), len(sm.b2j))
print(SequenceMatcher[str])
