# Records whose fields are validated by properties; a class decorator adds
# the same validated property for several fields.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def typed_field(name, kind, check=None, message="invalid"):
    attr = "_" + name

    def getter(self):
        return getattr(self, attr)

    def setter(self, value):
        if not isinstance(value, kind):
            raise ValidationError(name, f"expected {kind.__name__}, got {type(value).__name__}")
        if check is not None and not check(value):
            raise ValidationError(name, message)
        setattr(self, attr, value)

    def deleter(self):
        print(f"  resetting {name}")
        delattr(self, attr)

    return property(getter, setter, deleter, f"the {name} field")


class Employee:
    name = typed_field("name", str, lambda s: len(s) > 0, "must not be empty")
    age = typed_field("age", int, lambda n: 16 <= n < 100, "out of range")
    salary = typed_field("salary", (int, float), lambda x: x >= 0, "negative")

    def __init__(self, name, age, salary):
        self.name = name
        self.age = age
        self.salary = salary

    @property
    def monthly(self):
        return round(self.salary / 12, 2)

    @monthly.setter
    def monthly(self, value):
        self.salary = value * 12

    def __repr__(self):
        return f"Employee({self.name!r}, {self.age}, {self.salary})"


e = Employee("Ada", 36, 120000)
print(e, e.monthly)
e.monthly = 11000.5
print(e.salary, e.monthly, Employee.name.__doc__)
print(type(Employee.age).__name__, isinstance(Employee.__dict__["salary"], property))
for field, value in [("name", ""), ("age", 12), ("age", "40"), ("salary", -5), ("name", 7)]:
    try:
        setattr(e, field, value)
    except ValidationError as err:
        print("ValidationError:", err, "| field =", err.field, "| is ValueError:", isinstance(err, ValueError))
print(e)
del e.age
try:
    e.age
except AttributeError as err:
    print("AttributeError:", err)
e.age = 40
print(e, vars(e))
print(hasattr(e, "age"), hasattr(e, "_age"), getattr(e, "missing", "default"))
