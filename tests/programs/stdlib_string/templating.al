# string in a small templating job: a Formatter subclass that looks values up
# in nested dicts with dotted names, supplies defaults for missing keys and
# adds an !u conversion; capwords titles; a Caesar cipher and a password
# checker from the constants.
import string


class DotFormatter(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        first, _, rest = field_name.partition(".")
        if first.isdigit():
            return args[int(first)], first
        value = kwargs
        for part in field_name.split("."):
            if not isinstance(value, dict) or part not in value:
                return f"<{field_name}?>", first
            value = value[part]
        return value, first

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


fmt = DotFormatter()
ctx = {"user": {"name": "ada lovelace", "balance": 12345.678}, "site": "example"}
print(fmt.format("Hello {user.name!u}, you have {user.balance:money} on {site!r}.", **ctx))
print(fmt.format("{0} and {user.missing} and {1:>5}|", "pos", 42, **ctx))
print([t[1] for t in fmt.parse("a{x.y}b{0!r:>3}c{{d}}")])
try:
    fmt.format("{user.name!z}", **ctx)
except ValueError as e:
    print("ValueError:", e)
print(string.capwords("the  quick\tbrown fox"), string.capwords("a-b-c d", "-"), string.capwords("  HELLO world  "))


def caesar(text, k):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + k) % 26])
        elif ch in upper:
            out.append(upper[(upper.index(ch) + k) % 26])
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Attack at Dawn, 5 o'clock!", 3)
print(secret, caesar(secret, -3))


def strength(pw):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    have = [any(c in cls for c in pw) for cls in classes]
    bad = [c for c in pw if c not in string.printable or c in string.whitespace]
    return sum(have), len(pw) >= 8, bad


for pw in ["password", "Pa55word!", "short1A", "tab\there", "ünïcode9A!"]:
    print(repr(pw), strength(pw))
print(len(string.printable), string.hexdigits, string.octdigits, repr(string.whitespace))
