from fractions import Fraction as F
import math

print(F('3.1415926535897932').limit_denominator(1000))
print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100))
print(F(math.e).limit_denominator(10), F(1, 3).limit_denominator(3), F(1, 3).limit_denominator(2))
print(F(-355, 113).limit_denominator(100), F(0.1).limit_denominator(), F(3, 7).limit_denominator(1))
for d in range(1, 12):
    print(d, F(1234567, 7654321).limit_denominator(d), F(-99, 70).limit_denominator(d))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print(e)
