# The arithmetic and other methods of Context: operands converted as
# CPython converts them (Decimals and ints), rounded to that context.
from decimal import *


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


C = Context(prec=6, Emin=-20, Emax=20, traps=[])
D = Decimal


def flags(c):
    return sorted(k.__name__ for k, v in c.flags.items() if v)


ops2 = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near",
        "divmod", "power", "compare", "compare_signal", "compare_total", "compare_total_mag",
        "max", "min", "max_mag", "min_mag", "quantize", "copy_sign", "same_quantum",
        "scaleb", "shift", "rotate", "next_toward"]
pairs = [(D("12.3456789"), D("0.7")), (7, 3), (D("-7"), 2), (D("1E+3"), D("2.5")), (D(10), 0),
         (D("NaN"), 1), (1, D("-Inf")), (D("sNaN5"), 1), (D("1234567"), D("0.001")), (D("0"), D("-0"))]
for op in ops2:
    for a, b in pairs:
        C.clear_flags()
        t("%s(%r, %r)" % (op, a, b), lambda: getattr(C, op)(a, b))
        print("   ", flags(C))

ops1 = ["abs", "minus", "plus", "sqrt", "exp", "ln", "log10", "normalize", "to_integral",
        "to_integral_value", "to_integral_exact", "to_sci_string", "to_eng_string", "copy_abs",
        "copy_negate", "copy_decimal", "logb", "next_plus", "next_minus", "number_class",
        "is_finite", "is_infinite", "is_nan", "is_qnan", "is_snan", "is_signed", "is_zero",
        "is_normal", "is_subnormal", "logical_invert"]
ones = [D("-2.50"), 7, -0, D("1E-22"), D("123456789"), D("-Inf"), D("NaN"), D("sNaN"), D("0E+25"), D("101")]
for op in ops1:
    for a in ones:
        C.clear_flags()
        t("%s(%r)" % (op, a), lambda: getattr(C, op)(a))
        print("   ", flags(C))

print(C.logical_and(1101, 111), C.logical_or(D(1101), 10), C.logical_xor(1, 11))
t("logical float", lambda: C.logical_and(1.0, 1))
print(C.fma(2, 3, 4), C.fma(D("1.23456"), D("9.87654"), D("-1")), C.fma(D("1E+15"), 3, 1))
print(C.power(2, 10, 1000), C.power(3, 200, modulo=7), C.power(a=2, b=3), C.power(D("1.5"), -2))
print(C.radix(), C.Etiny(), C.Etop(), C.canonical(D("1.5")), C.is_canonical(D(3)))
t("canonical int", lambda: C.canonical(1))
t("is_canonical int", lambda: C.is_canonical(1))
t("add float", lambda: C.add(1.5, 2))
t("add str", lambda: C.add("1", 2))
t("subtract float", lambda: C.subtract(1, 2.0))
t("sqrt float", lambda: C.sqrt(2.0))
t("exp str", lambda: C.exp("1"))
t("is_nan float", lambda: C.is_nan(1.0))
t("power modulo float", lambda: C.power(2, 3, 5.0))
t("fma float", lambda: C.fma(1, 2, 3.0))
t("add bool", lambda: C.add(True, 2))
t("to_sci_string float", lambda: C.to_sci_string(1.5))
t("create_decimal", lambda: C.create_decimal("3.14159265"))
t("create_decimal_from_float", lambda: C.create_decimal_from_float(0.1))
C.capitals = 0
print(C.to_sci_string(D("1E+30")), C.to_eng_string(D("1.5E+31")), C.to_sci_string(D("-Inf")))
C.traps[DivisionByZero] = True
t("divide by zero", lambda: C.divide(1, 0))
C.traps[InvalidOperation] = True
t("invalid", lambda: C.sqrt(-1))
t("divmod invalid", lambda: C.divmod(D("Inf"), D("Inf")))
# The context's own precision and rounding, not the current context's.
E = Context(prec=3, rounding=ROUND_DOWN)
print(E.divide(2, 3), E.add(D("1.239"), 0), E.multiply(D("9.99"), D("9.99")), getcontext().divide(2, 3))
print(E.exp(1), E.ln(10), E.log10(2), E.power(2, D("0.5")))
