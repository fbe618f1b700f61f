"""Reference values for WilcoxonGapAnalysisTest, with the Python standard library only.

Run: python3 wilcoxon_reference.py
Wilcoxon signed-rank test as R's wilcox.test(d, correct = TRUE) and SciPy's
wilcoxon(d, zero_method="wilcox", correction=True): zeros dropped, average ranks for ties,
exact p (distribution of W+ by counting subsets) when n <= 50 and no ties, otherwise
z = (W+ - n(n+1)/4 - 0.5 sign) / sigma, sigma^2 = n(n+1)(2n+1)/24 - sum(t^3 - t)/48,
p = erfc(|z| / sqrt 2). Effect sizes: rank-biserial (W+ - W-)/(W+ + W-) (Kerby 2014) and
r = Z/sqrt(n) with Z without continuity correction (Rosenthal 1991).
"""
import math
from collections import Counter


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and values[order[j]] == values[order[i]]:
            j += 1
        for t in range(i, j):
            r[order[t]] = (i + j + 1) / 2  # average of ranks i+1..j
        i = j
    return r


def exact_p(wplus, n):
    # number of subsets of {1..n} with each rank sum
    total = n * (n + 1) // 2
    counts = [0] * (total + 1)
    counts[0] = 1
    for k in range(1, n + 1):
        for s in range(total, k - 1, -1):
            counts[s] += counts[s - k]
    w = min(wplus, total - wplus)
    return min(1.0, 2 * sum(counts[: int(w) + 1]) / 2 ** n)


def wilcoxon(d):
    nz = [x for x in d if x != 0]
    n = len(nz)
    r = ranks([abs(x) for x in nz])
    wplus = sum(ri for ri, x in zip(r, nz) if x > 0)
    wminus = n * (n + 1) / 2 - wplus
    ties = sum(t ** 3 - t for t in Counter(abs(x) for x in nz).values())
    sigma = math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - ties / 48)
    diff = wplus - n * (n + 1) / 4
    zcc = (diff - 0.5 * (1 if diff > 0 else -1 if diff < 0 else 0)) / sigma
    tied = ties != 0
    p = exact_p(wplus, n) if (n <= 50 and not tied) else math.erfc(abs(zcc) / math.sqrt(2))
    z = diff / sigma
    return dict(n=len(d), zeros=len(d) - n, nonzero=n, wplus=wplus, wminus=wminus, z=z, p=p,
                exact=(n <= 50 and not tied), rb=(wplus - wminus) / (wplus + wminus), r=z / math.sqrt(n))


# WilcoxonGapAnalysisTest: 12 respondents, items 1-3 of TANGIBLES
E = [[6, 7, 6], [5, 6, 6], [7, 7, 7], [6, 5, 6], [4, 5, 5], [7, 6, 7],
     [6, 6, 5], [5, 5, 6], [7, 7, 6], [6, 6, 6], [3, 4, 4], [6, 7, 7]]
P = [[4, 5, 5], [5, 6, 4], [6, 5, 7], [4, 5, 3], [5, 4, 5], [5, 6, 6],
     [6, 4, 5], [3, 5, 4], [7, 5, 5], [4, 3, 5], [4, 4, 3], [5, 7, 6]]
item1 = [p[0] - e[0] for e, p in zip(E, P)]
dim = [sum(p) - sum(e) for e, p in zip(E, P)]
print("item 1 gaps", item1, wilcoxon(item1))
print("dimension gap sums", dim, wilcoxon(dim))
# exact case: no ties, one zero
d = [1, -2, 3, 4, 5, -6, 7, 8, 9, 10, 0]
print("exact", wilcoxon(d))
