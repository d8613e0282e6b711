# A context argument that is not a Context, and a rounding argument that
# is not a rounding mode, are TypeErrors with CPython's messages.
from decimal import *

D = Decimal


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("exp", lambda: D(1).exp(5))
t("ln", lambda: D(2).ln(context="x"))
t("log10", lambda: D(2).log10([]))
t("sqrt", lambda: D(1).sqrt(context=5))
t("quantize", lambda: D(1).quantize(D(1), context=5))
t("compare", lambda: D(1).compare(2, 5))
t("is_normal", lambda: D(1).is_normal(5))
t("number_class", lambda: D(1).number_class(5))
t("to_eng_string", lambda: D(1).to_eng_string(5))
t("next_plus", lambda: D(1).next_plus("x"))
t("copy_sign", lambda: D(1).copy_sign(2, 5))
t("compare_total", lambda: D(1).compare_total(2, 5))
t("same_quantum", lambda: D(1).same_quantum(2, 5))
t("quantize rounding", lambda: D("1.25").quantize(D("0.1"), rounding=5))
t("to_integral rounding", lambda: D("2.5").to_integral(rounding="x"))
t("to_integral_exact rounding", lambda: D("2.5").to_integral_exact(rounding="ROUND_UP"))
t("quantize rounding ok", lambda: D("1.25").quantize(D("0.1"), ROUND_UP))
t("bad syntax context", lambda: Decimal("x", 5))
t("float context", lambda: Decimal(1.5, 5))
t("fine", lambda: D(2).exp(Context(prec=5)))
