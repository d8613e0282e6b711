import difflib
import keyword

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('lamda', keyword.kwlist, n=1))
print(difflib.get_close_matches('x', ['y', 'x', 'xx', 'xxx'], n=5, cutoff=0.0))
print(difflib.get_close_matches('abc', [], n=2))
for n, cutoff in [(0, 0.5), (1, 1.5), (1, -0.1)]:
    try:
        difflib.get_close_matches('a', ['a'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)
words = ['python', 'pythonic', 'typhoon', 'pyton', 'cython', 'jython', 'pypy', 'thon']
for w in ['pyhton', 'cyton', 'py']:
    s = difflib.SequenceMatcher(None, w)
    scores = []
    for x in words:
        s.set_seq1(x)
        scores.append((x, round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4)))
    print(w, difflib.get_close_matches(w, words, 4, 0.5), scores)
