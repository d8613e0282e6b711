# A lexer written as a state machine: each state is a method, and the main
# loop dispatches with getattr(self, self.state)(ch).
class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"

    def __eq__(self, other):
        if not isinstance(other, Token):
            return NotImplemented
        return (self.kind, self.text) == (other.kind, other.text)


class LexError(Exception):
    def __init__(self, pos, ch):
        super().__init__(f"unexpected {ch!r} at {pos}")
        self.pos = pos


class Lexer:
    keywords = {"let", "if", "else", "print"}

    def __init__(self, text):
        self.text = text
        self.state = "start"
        self.buf = ""
        self.tokens = []
        self.pos = 0

    def emit(self, kind):
        if kind == "name" and self.buf in self.keywords:
            kind = "kw"
        self.tokens.append(Token(kind, self.buf))
        self.buf = ""

    def start(self, ch):
        if ch.isalpha() or ch == "_":
            self.buf = ch
            self.state = "name"
        elif ch.isdigit():
            self.buf = ch
            self.state = "number"
        elif ch == '"':
            self.state = "string"
        elif ch in "+-*/=();<>":
            self.buf = ch
            self.emit("op")
        elif ch == " " or ch == "\n":
            pass
        else:
            raise LexError(self.pos, ch)

    def name(self, ch):
        if ch.isalnum() or ch == "_":
            self.buf += ch
        else:
            self.emit("name")
            self.state = "start"
            self.start(ch)

    def number(self, ch):
        if ch.isdigit():
            self.buf += ch
        else:
            self.emit("number")
            self.state = "start"
            self.start(ch)

    def string(self, ch):
        if ch == '"':
            self.emit("string")
            self.state = "start"
        else:
            self.buf += ch

    def run(self):
        for ch in self.text + " ":
            getattr(self, self.state)(ch)
            self.pos += 1
        if self.state != "start":
            raise LexError(self.pos, "<eof>")
        return self.tokens


src = 'let x = 42;\nif (x > 7) print("big num") else print(x + 1);'
for tok in Lexer(src).run():
    print(tok)

toks = Lexer("a = 1").run()
print(toks == [Token("name", "a"), Token("op", "="), Token("number", "1")])
print(toks[0] == "a", toks[0] != Token("name", "b"))

for bad in ["x = 3 $ 4", 'print("open']:
    try:
        Lexer(bad).run()
    except LexError as e:
        print("LexError:", e, "pos", e.pos, e.args)

lx = Lexer("")
handler = getattr(lx, "number")
print(handler.__name__, hasattr(lx, "string"), hasattr(lx, "comment"))
print(getattr(lx, "comment", None), callable(getattr(lx, "start")))
