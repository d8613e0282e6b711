import textwrap

text = "Lorem ipsum dolor sit amet.  Consectetur adipiscing elit! Sed do? Eiusmod \"tempor.\" incididunt"
w = textwrap.TextWrapper(width=24, initial_indent="* ", subsequent_indent="    ")
print(w.fill(text))
w.width = 30
print(w.wrap(text))
print(textwrap.fill(text, 25, fix_sentence_endings=True))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("tab\there\tand\tthere", 12, expand_tabs=False))
print(textwrap.wrap("tab\there\tand\tthere", 12, tabsize=4))
print(textwrap.wrap("tab\there\tand\tthere", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("line\none\rtwo\x0bthree\x0cfour", 40, replace_whitespace=False))
print(textwrap.wrap("line\none\rtwo\x0bthree\x0cfour", 40))
print(textwrap.wrap("a b c d e f g h i j", 5, initial_indent="12345678"))
print(w.width, w.initial_indent, w.expand_tabs, w.tabsize, w.max_lines, repr(w.placeholder))
