# Exceptions with __str__ and __repr__ overrides, and with extra state.
class ValidationError(Exception):
    def __init__(self, field, value):
        self.field = field
        self.value = value

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"


class Coded(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __repr__(self):
        return f"Coded<{self.code}>"


try:
    raise ValidationError("age", -1)
except ValidationError as e:
    print(e, "|", e.args, "|", repr(e))

try:
    raise Coded(404, "not found")
except Coded as e:
    print(e, "|", repr(e), "|", e.args, [e])

errors = []
for v in [1, -2, "x"]:
    try:
        if not isinstance(v, int):
            raise ValidationError("type", v)
        if v < 0:
            raise ValidationError("sign", v)
    except ValidationError as e:
        errors.append(str(e))
print(errors)


class Retry(Exception):
    attempts = 0

    def __init__(self):
        Retry.attempts += 1
        super().__init__(f"attempt {Retry.attempts}")


for _ in range(3):
    try:
        raise Retry()
    except Retry as r:
        print(r)
print(Retry.attempts)
raise ValidationError("name", "")
