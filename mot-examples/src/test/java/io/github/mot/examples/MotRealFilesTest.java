package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code mot servqual} on real survey exports: a GB18030 file with Chinese question headers read
 * through a mapping, the same data as {@code .xlsx}, reliability warnings, a bad encoding name.
 * Runs from the project root (see the module's Surefire configuration).
 */
class MotRealFilesTest {

  private record Run(int exit, String out, String err) {}

  private static Run mot(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Mot.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void gb18030ExportThroughAMappingGivesTheSameGapsAsTheTidyFile() throws java.io.IOException {
    Run export = mot("servqual", "docs/examples/bank-export-gb18030.csv",
        "--mapping", "docs/examples/bank-mapping.csv", "--encoding", "GB18030", "--format", "json");
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("\"items\"").contains("\"servperf\"");
    Run xlsx = mot("servqual", "docs/examples/bank-export.xlsx", "--mapping", "docs/examples/bank-mapping.csv",
        "--sheet", "答卷", "--format", "json");
    assertThat(xlsx.exit()).as(xlsx.err()).isZero();
    // the same analysis; the account of the read names each file
    assertThat(MotTest.withoutRead(xlsx.out())).isEqualTo(MotTest.withoutRead(export.out()));
  }

  @Test
  void textOutputCarriesReliabilityAndItsWarnings() {
    Run run = mot("servqual", "docs/examples/bank-export-gb18030.csv",
        "--mapping", "docs/examples/bank-mapping.csv", "--encoding", "GB18030");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsIgnoringCase("alpha");
    Run survey = mot("servqual", "docs/examples/survey.csv");
    assertThat(survey.exit()).isEqualTo(3); // one bad row, listed with its line number
    assertThat(survey.err()).contains("line 8").contains("warning: ");
  }

  @Test
  void wrongEncodingIsAUsageErrorAndAnInvalidByteIsADataError() {
    Run bad = mot("servqual", "docs/examples/survey.csv", "--encoding", "no-such-charset");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--encoding");
    Run utf8 = mot("servqual", "docs/examples/bank-export-gb18030.csv",
        "--mapping", "docs/examples/bank-mapping.csv");
    assertThat(utf8.exit()).isNotZero();
    assertThat(utf8.err()).contains("line");
  }

  @Test
  void aBadMappingFileListsEveryBadRowWithTheFileAndIsADataError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws java.io.IOException {
    java.nio.file.Path mapping = java.nio.file.Files.writeString(tmp.resolve("bad-mapping.csv"),
        "source,role,item\nQ1,X,1\nQ2,P,one\n");
    Run run = mot("servqual", "docs/examples/survey.csv", "--mapping", mapping.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .contains(mapping + ": line 2, column role, value 'X': role must be one of")
        .contains(mapping + ": line 3, column item, value 'one': item must be an item number")
        .doesNotContain("Exception");
  }
}
