import statistics as S
import random
from fractions import Fraction as F
r = random.Random(7)
for trial in range(40):
    k = r.randint(2, 12)
    kind = trial % 4
    if kind == 0:
        data = [r.uniform(-100, 100) for _ in range(k)]
    elif kind == 1:
        data = [r.randint(-50, 50) for _ in range(k)]
    elif kind == 2:
        data = [r.expovariate(0.1) * 10 ** r.randint(-20, 20) for _ in range(k)]
    else:
        data = [F(r.randint(-20, 20), r.randint(1, 9)) for _ in range(k)]
    y = [r.gauss(0, 5) + 2 * float(v) for v in data]
    out = [S.mean(data), S.fmean(data), S.median(data), S.variance(data), S.pvariance(data),
           S.stdev(data), S.pstdev(data), S.quantiles(data, n=r.randint(2, 7)),
           S.quantiles(data, method='inclusive'), S.median_grouped(data, r.choice([1, 0.5, 3]))]
    try:
        out.append(S.correlation(data, y))
        out.append(S.covariance(data, y))
        out.append(S.linear_regression(data, y))
        out.append(S.linear_regression(data, y, proportional=True))
    except S.StatisticsError as e:
        out.append(str(e))
    pos = [abs(float(v)) + 0.5 for v in data]
    out.append(S.geometric_mean(pos))
    out.append(S.harmonic_mean(pos))
    out.append(S.fmean(data, [r.random() for _ in data]))
    nd = S.NormalDist.from_samples(pos)
    out.append(nd)
    out.append([nd.inv_cdf(p) for p in (1e-300, 1e-10, 0.01, 0.2, 0.4, 0.5, 0.7, 0.93, 0.999999, 1 - 1e-16)])
    # cdf and overlap to 12 digits: they go through erf, and glibc's
    # aarch64 erf differs in the last place from its x86-64 one (the oracle).
    out.append([float('%.12g' % nd.cdf(x)) for x in pos[:3]] + [nd.pdf(x) for x in pos[:3]])
    out.append(float('%.12g' % nd.overlap(S.NormalDist(r.uniform(-3, 3), r.uniform(0.1, 5)))))
    print(trial, out)
