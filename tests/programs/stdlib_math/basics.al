# math: constants, libm functions, CPython's domain/range errors.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.cbrt(-27), math.exp(1), math.exp2(10))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(0.5), math.erfc(0.5))
print(math.log(100), math.log(100, 10), math.log2(1024), math.log10(1e-5), math.log1p(1e-10))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.copysign(2, -0.0))
print(math.pow(2, 0.5), math.pow(-8, 3), math.fmod(-7, 3), math.remainder(7, 2))
print(math.frexp(1024.5), math.ldexp(0.5, 11), math.modf(-2.75))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(1e300))

def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)

attempt("sqrt(-1)", math.sqrt, -1)
attempt("log(0)", math.log, 0)
attempt("log(-2.5)", math.log10, -2.5)
attempt("exp(1000)", math.exp, 1000)
attempt("exp(-1000)", math.exp, -1000)
attempt("pow(0, -1)", math.pow, 0, -1)
attempt("pow(-2, 0.5)", math.pow, -2, 0.5)
attempt("pow(10, 400)", math.pow, 10, 400)
attempt("acos(2)", math.acos, 2)
attempt("cosh(1e3)", math.cosh, 1e3)
attempt("fmod(1, 0)", math.fmod, 1, 0)
attempt("log(10, 1)", math.log, 10, 1)
attempt("sqrt('x')", math.sqrt, "x")
attempt("sqrt()", math.sqrt)
attempt("atan2(1)", math.atan2, 1)
attempt("ldexp(1, 2.0)", math.ldexp, 1, 2.0)
attempt("sqrt(10**400)", math.sqrt, 10**400)
attempt("log(10**400)", math.log, 10**400)
attempt("log2(2**5000)", math.log2, 2**5000)
print(math.sqrt(True), math.exp(False), math.hypot(True, 1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.isclose(1, 2, tol=1)
except TypeError as e:
    print(e)
f = math.sqrt
print(f(49), f.__name__, f)
