import textwrap

for text in ['  a  b  ', 'a\n\nb', '   ', ' x', 'x ', 'one  two   three    four']:
    for dw in (True, False):
        for w in (1, 2, 4, 7):
            print(repr(text), dw, w, textwrap.wrap(text, w, drop_whitespace=dw))
print(textwrap.wrap('a  b  c', 3, drop_whitespace=False, max_lines=2, placeholder='+'))
print(textwrap.wrap('aaaa bbbb cccc dddd', 9, max_lines=2, placeholder=' ...'))
print(textwrap.wrap('aaaa bbbb cccc dddd', 9, max_lines=3, placeholder=' ...'))
print(textwrap.wrap('aaaaaaaaaaaa bbbb', 9, max_lines=1, placeholder=' ...'))
