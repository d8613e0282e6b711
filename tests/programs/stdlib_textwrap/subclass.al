import textwrap

class Bulleted(textwrap.TextWrapper):
    def wrap(self, text):
        return ['- ' + line for line in super().wrap(text)]

class NoTabs(textwrap.TextWrapper):
    def _munge_whitespace(self, text):
        return text.replace('\t', '<TAB>')

b = Bulleted(width=16)
print(b.wrap('one two three four five six seven eight'))
print(b.fill('alpha beta gamma delta'))
print(NoTabs(width=12).wrap('a\tb c\td e f g'))
w = textwrap.TextWrapper()
for attr in ['width', 'initial_indent', 'subsequent_indent', 'expand_tabs', 'replace_whitespace',
             'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens',
             'tabsize', 'max_lines', 'placeholder']:
    print(attr, repr(getattr(w, attr)))
w.width = 10
w.placeholder = '..'
w.max_lines = 2
print(w.wrap('the rain in spain falls mainly on the plain'))
w.max_lines = None
w.break_on_hyphens = False
print(w.wrap('a-very-long-hyphenated-word here'))
print(w._split('a-b c--d  e'))
w.break_on_hyphens = True
print(w._split('a-b c--d  e well-known'))
chunks = ['Hi.', ' ', 'there', ' ', 'you!', ' ', 'ok']
w._fix_sentence_endings(chunks)
print(chunks)
