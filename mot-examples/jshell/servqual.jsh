// SERVQUAL of a CSV file: gaps, reliability, zones and an importance-performance list.
// Run from the project root:  mot-examples/jshell/mot-jshell mot-examples/jshell/servqual.jsh
// (or paste the lines into JShell started with: jshell --class-path mot-examples/target/mot.jar)
import io.github.mot.core.table.Format;
import io.github.mot.servqual.*;
import io.github.mot.servqual.gap.*;
import io.github.mot.servqual.io.*;
import java.nio.file.*;

SurveyReadResult read = SurveyReader.of(Instrument.standard()).lenient().read(Path.of("docs/examples/survey.csv"));
System.out.println(read);
GapReport report = GapAnalysis.withDefaults().withMissing(MissingPolicy.PAIRWISE).analyze(read.data());
System.out.println(report);
GapReport.DimensionGap reliability = report.dimension(Dimension.RELIABILITY);
System.out.printf(java.util.Locale.ROOT, "reliability gap %.3f, alpha(P) %.3f%n", reliability.meanGap(), reliability.alphaPerception());
System.out.println(Format.CSV.render(report).lines().findFirst().orElseThrow());
/exit
