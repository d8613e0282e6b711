from difflib import SequenceMatcher

pairs = [
    ([1, 2, 3, 4, 5], [1, 3, 4, 6]),
    ([], [1, 2]),
    ([1, 2], []),
    ('abcabba', 'cbabac'),
    ('kitten', 'sitting'),
    ('', ''),
    ((1, 2, 3), (1, 2, 3)),
    (['a', 'b'], ['b', 'a']),
    ('the quick brown fox', 'the quack brown box'),
]
for a, b in pairs:
    s = SequenceMatcher(None, a, b)
    print(s.get_opcodes())
    print(list(s.get_grouped_opcodes(1)))
    print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
    print(s.find_longest_match(0, len(a), 0, len(b)))
s = SequenceMatcher(None, 'abcd', 'abcd')
print(s.find_longest_match(1, 3, 0, 4), s.find_longest_match(alo=2, bhi=2))
print(s.get_matching_blocks() is s.get_matching_blocks(), s.get_opcodes() is s.get_opcodes())
