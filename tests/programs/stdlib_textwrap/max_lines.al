import textwrap

text = "Hello there, how are you doing this fine morning? I am well, thank you."
for n in (1, 2, 3, 10):
    for width in (12, 20, 30):
        print(n, width, textwrap.wrap(text, width, max_lines=n))
print(textwrap.wrap(text, 15, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 15, max_lines=2, placeholder=" (more)"))
print(textwrap.fill("abcdefghijklmnop qrs", 8, max_lines=1, placeholder="."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("  The   quick\n brown\tfox  ", 15))
print(textwrap.shorten("aaaaaaaaaaaaaaaa bbb", 10))
try:
    textwrap.shorten("Hello world", width=3)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("Hello world", 8, max_lines=2, subsequent_indent="      ")
except ValueError as e:
    print("ValueError:", e)
