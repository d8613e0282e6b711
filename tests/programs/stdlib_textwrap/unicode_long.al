import textwrap

print(textwrap.wrap('naïve café résumé über straße ĳssel ΣΊΣΥΦΟΣ χαίρετε', 10))
print(textwrap.wrap('日本語のテキストは空白がありません。これは長い文です。', 8))
print(textwrap.wrap('x\u00a0y z\u2003w', 3))
print(textwrap.wrap('snake_case_identifier-with-hyphen', 8))
print(textwrap.wrap('ab-cd-ef-gh-ij-kl-mn', 5))
print(textwrap.wrap('---a---b---', 3))
print(textwrap.wrap('a--b--c--d', 4))
print(textwrap.wrap('1-2-3-4-5-6', 3))
print(textwrap.wrap('http://example.com/a-very-long-url-path?with=query-params', 15))
long = 'word ' * 50
print(len(textwrap.wrap(long, 23)), textwrap.wrap(long, 23)[:2])
print(textwrap.fill('a b c', 1))
print(textwrap.wrap('  hello', 3, initial_indent='', subsequent_indent=''))
print(textwrap.wrap('abc def', 2, initial_indent='>>>', subsequent_indent='>'))
