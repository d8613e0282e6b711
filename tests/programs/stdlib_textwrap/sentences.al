import textwrap

texts = [
    'This is a sentence. And another one! Is this a third? Yes. "Quoted." \'Single.\' Done',
    'Mr. Smith went to Washington. e.g. this. U.S.A. is big. 3.14 is pi. End.',
    'Ends with period.',
    'a. b. c. d.',
    'Tab.\tNewline.\nCR.\rDone.',
]
for t in texts:
    print(textwrap.fill(t, 30, fix_sentence_endings=True))
    print(textwrap.wrap(t, 1000, fix_sentence_endings=True))
    print(textwrap.wrap(t, 1000, fix_sentence_endings=True, drop_whitespace=False))
