import textwrap

samples = [
    "a well-known fact about state-of-the-art things",
    "multi--dash and em--dash, x--y--z and --lead trail--",
    "pre-1990 co-op x-ray 3-d a-b-c abc-de-f",
    "hyphen-at-end- and -leading and double--hyphen-word",
    "über-cool naïve-ish snake_case-word e.g.-like",
    "tricky: a-b ab-c abc-d ab-cd-ef a-bc-d",
]
for s in samples:
    for width in (4, 7, 12):
        print(width, textwrap.wrap(s, width))
        print(width, textwrap.wrap(s, width, break_on_hyphens=False))
print(textwrap.wrap("extraordinarily-long-hyphenated-compound", 12))
print(textwrap.wrap("---------- dashes", 4))
print(textwrap.wrap("a-" * 12, 5))
