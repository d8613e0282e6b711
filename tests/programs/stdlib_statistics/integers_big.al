import statistics as S
from fractions import Fraction as F

big = [10**30 + i for i in range(7)]
print(S.mean(big), S.median(big), S.variance(big), S.pvariance(big), S.stdev(big))
print(S.mean([2**80, 2**80 + 1]), S.pstdev([2**200, 0]))
print(S.mean([F(10**40, 3), F(1, 10**40)]))
print(S.variance([1, 2, 3, 4, 5, 6]), S.pvariance(range(10)))
print(S.median_grouped(range(1, 8)), S.median(range(10)))
print(S.stdev([3, 3, 3, 3]), S.pvariance([2, 2]), type(S.pvariance([2, 2])).__name__)
print(S.mean([1.0] * 3 + [2]), S.fmean(range(5)))
