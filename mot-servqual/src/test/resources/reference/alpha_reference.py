"""Reference values for ReliabilityAnalysisTest, with the Python standard library only.

Run: python3 alpha_reference.py
Raw alpha (Cronbach 1951), standardised alpha k*rbar/(1+(k-1)*rbar) from the correlation matrix
(psych::alpha's std.alpha), Feldt's interval as psych::alpha.ci / pingouin.cronbach_alpha:
  lower = 1 - (1 - a) * qf(1 - g/2, n-1, (n-1)(k-1)),  upper = 1 - (1 - a) * qf(g/2, ...).
The F quantile is computed from the regularised incomplete beta function (continued fraction,
modified Lentz) and bisection; it is checked against printed F tables first.
"""
import math
import statistics


def betacf(a, b, x):
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        de = d * c
        h *= de
        if abs(de - 1.0) < 1e-16:
            break
    return h


def betainc(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    lbt = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1) / (a + b + 2):
        return math.exp(lbt) * betacf(a, b, x) / a
    return 1.0 - math.exp(lbt) * betacf(b, a, 1 - x) / b


def fcdf(f, d1, d2):
    return betainc(d1 / 2, d2 / 2, d1 * f / (d1 * f + d2))


def fq(p, d1, d2):
    lo, hi = 0.0, 1.0
    while fcdf(hi, d1, d2) < p:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if fcdf(mid, d1, d2) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# printed F tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.3): F(0.95; 5, 10) = 3.326, F(0.99; 4, 12) = 5.412
print("table check", round(fq(0.95, 5, 10), 3), round(fq(0.99, 4, 12), 3))


def alpha_stats(cols):
    k = len(cols)
    n = len(cols[0])
    cov = [[statistics.covariance(cols[i], cols[j]) if i != j else statistics.variance(cols[i])
            for j in range(k)] for i in range(k)]
    total = sum(sum(r) for r in cov)
    tr = sum(cov[i][i] for i in range(k))
    a = k / (k - 1) * (1 - tr / total)
    rs = [cov[i][j] / math.sqrt(cov[i][i] * cov[j][j]) for i in range(k) for j in range(i + 1, k)]
    rbar = sum(rs) / len(rs)
    std = k * rbar / (1 + (k - 1) * rbar)
    df1, df2 = n - 1, (n - 1) * (k - 1)
    lower = 1 - (1 - a) * fq(0.975, df1, df2)
    upper = 1 - (1 - a) * fq(0.025, df1, df2)
    return a, std, rbar, lower, upper


# ReliabilityAnalysisTest.THREE_ITEMS: 8 respondents, perceptions of items 1-3 (TANGIBLES)
p1 = [5, 3, 6, 2, 4, 7, 4, 5]
p2 = [6, 4, 6, 3, 5, 6, 4, 5]
p3 = [5, 4, 7, 2, 4, 6, 5, 6]
print("alpha, std alpha, rbar, Feldt 95%", alpha_stats([p1, p2, p3]))
print("alpha if item 1 deleted", alpha_stats([p2, p3])[0])
rest = [b + c for b, c in zip(p2, p3)]
print("corrected item-total r of item 1", statistics.correlation(p1, rest))
