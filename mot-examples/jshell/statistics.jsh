// Statistics on plain numbers, no survey file: a researcher's double[][] of item answers (here
// 0..100 sliders) and two arrays of paired or independent values. One call each; the results are
// the survey analyses' own types and print the same way.
// Run from the project root:  mot-examples/jshell/mot-jshell mot-examples/jshell/statistics.jsh
import io.github.mot.servqual.*;
import io.github.mot.servqual.gap.*;
import io.github.mot.servqual.reliability.*;

// seven respondents, three items (rows: respondents; NaN would be a missing answer)
double[][] sliders = {{72.5, 80.25, 68}, {55, 61.5, 58.75}, {90, 85.5, 93.25}, {40.5, 52, 47},
    {66.75, 70, 64.5}, {81, 77.25, 85.5}, {59.5, 49, 62.25}};
ReliabilityReport rel = ReliabilityAnalysis.withDefaults().withBootstrap(2000, 42).analyze(sliders);
System.out.println(rel);    // raw and standardised alpha, Feldt and bootstrap intervals, item-total r, alpha if deleted

double[] after = {4.5, 3, 5, 2.5, 4, 3.5, 5, 1.5};
double[] before = {4, 3.5, 3, 3, 2.5, 3.5, 4, 2};
MeanEstimate paired = GapAnalysis.withDefaults().pairedTest(after, before);     // R: t.test(after, before, paired = TRUE)
System.out.println("paired t: " + paired);
SegmentComparison.WelchTest welch = GapAnalysis.withDefaults().welchTest(after, new double[] {2.5, 3.25, 1.75, 4, 2});
System.out.println("Welch: " + welch);                                       // R: t.test(after, other)
WilcoxonGapReport.SignedRank w = WilcoxonGapAnalysis.withDefaults().test(after, before);  // R: wilcox.test(after, before, paired = TRUE)
System.out.println("Wilcoxon: " + w);
// SciPy: wilcoxon(after, before, zero_method='pratt', correction=False, method='asymptotic')
WilcoxonGapReport.SignedRank pratt = WilcoxonGapAnalysis.withDefaults().
    withPValueMethod(WilcoxonGapAnalysis.PValueMethod.APPROXIMATE).withContinuityCorrection(false).
    withZeroMethod(WilcoxonGapAnalysis.ZeroMethod.PRATT).test(after, before);
System.out.println("Wilcoxon (Pratt): " + pratt);
/exit
