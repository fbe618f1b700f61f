package io.github.mot.scoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.BehaviourStep;
import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.io.DataFileException;
import io.github.mot.core.io.ReadLimits;
import io.github.mot.core.io.ReadResult;
import io.github.mot.core.io.RowError;
import io.github.mot.core.testing.Rejections;
import io.github.mot.scoring.Audit;
import io.github.mot.scoring.AuditOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AuditReader}: the columns, the outcomes, every kind of bad cell, modes, limits. */
class AuditReaderTest {

  private static final SupervisionChecklist CHECKLIST =
      ReaderFixtures.checklist("counter", "greet", "Greets", BehaviourStep.EXPLORE, "Pay", "Charges right", BehaviourStep.ACT);
  private static final AuditReader READER = AuditReader.of(CHECKLIST);
  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  private static ReadResult<Audit> lenient(String csv) throws IOException {
    return READER.lenient().read(new StringReader(csv), "audits.csv");
  }

  @Test
  void everyColumnIsRead() throws IOException {
    ReadResult<Audit> r = lenient("audit,staff,time,touchpoint,greet,Pay\n"
        + "A1,s1,2026-03-02T10:00:00Z,greeting,pass,fail\n"
        + "A2,s2,2026-03-02T18:00:00+08:00,,n/a,yes\n");
    assertThat(r.isClean()).isTrue();
    assertThat(r.values()).containsExactly(
        Audit.builder(CHECKLIST).id("A1").staffId("s1").auditedAt(T).touchpointId("greeting")
            .outcome("greet", AuditOutcome.PASSED).outcome("Pay", AuditOutcome.FAILED).build(),
        Audit.builder(CHECKLIST).id("A2").staffId("s2").auditedAt(T)
            .outcome("greet", AuditOutcome.NOT_APPLICABLE).outcome("Pay", AuditOutcome.PASSED).build());
  }

  @Test
  void everySpellingOfAnOutcome() {
    for (String pass : List.of("pass", "PASSED", "yes", "Y", "1")) {
      assertThat(AuditReader.outcome(pass)).as(pass).contains(AuditOutcome.PASSED);
    }
    for (String fail : List.of("fail", "Failed", "no", "n", "0")) {
      assertThat(AuditReader.outcome(fail)).as(fail).contains(AuditOutcome.FAILED);
    }
    for (String na : List.of("n/a", "NA", "-")) {
      assertThat(AuditReader.outcome(na)).as(na).contains(AuditOutcome.NOT_APPLICABLE);
    }
    for (String none : List.of("", "maybe", "2", "passes")) {
      assertThat(AuditReader.outcome(none)).as(none).isEmpty();
    }
  }

  @Test
  void everyKindOfBadCellNamesLineColumnValueAndReason() throws IOException {
    ReadResult<Audit> r = lenient("audit,staff,time,greet,Pay\n"
        + ",s1,2026-03-02T10:00:00Z,pass,pass\n"
        + "A2,,2026-03-02T10:00:00Z,pass,pass\n"
        + "A3,s1,last week,pass,pass\n"
        + "A4,s1,2026-03-02T10:00:00Z,maybe,\n"
        + "A5,s1\n");
    assertThat(r.errors()).containsExactly(
        new RowError(2, "audit", "", "an audit id is required"),
        new RowError(3, "staff", "", "a staff id is required"),
        new RowError(4, "time", "last week", "must be an ISO-8601 time such as 2026-03-02T09:14:05Z"),
        new RowError(5, "greet", "maybe", "must be pass, fail or n/a"),
        new RowError(5, "Pay", "", "must be pass, fail or n/a"),
        new RowError(6, "", "2", "the row has 2 fields but the header has 5"));
    assertThat(r.badRows()).isEqualTo(5);
    assertThat(r.rows()).isEqualTo(5);
  }

  @Test
  void strictThrowsAtTheFirstBadRow() {
    String csv = "audit,staff,time,greet,Pay\nA1,s1,2026-03-02T10:00:00Z,pass,pass\nA2,,2026-03-02T10:00:00Z,pass,pass\n";
    assertThatThrownBy(() -> READER.read(new StringReader(csv), "audits.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("audits.csv: line 3, column staff, value '': a staff id is required");
  }

  @Test
  void theItemColumnsAreRequiredInTheirExactCase() {
    assertThatThrownBy(() -> READER.lenient().read(new StringReader("audit,staff,time,greet,pay\n"), "a.csv"))
        .isInstanceOf(DataFileException.class)
        .satisfies(e -> assertThat(((DataFileException) e).errors()).containsExactly(
            new RowError(1, "pay", "pay",
                "unknown column; allowed are audit, staff, time (required), touchpoint, greet, Pay"),
            new RowError(1, "Pay", "", "the column 'Pay' is missing")));
  }

  @Test
  void bytesAreDecodedStrictlyWithTheLine(@TempDir Path dir) throws IOException {
    byte[] bytes = "audit,staff,time,greet,Pay\nA1,s\u00e9,2026-03-02T10:00:00Z,pass,pass\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.csv"), bytes);
    assertThatThrownBy(() -> READER.lenient().read(file))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(file + ": line 2, value 'E9': the bytes E9 are not valid UTF-8");
    assertThat(READER.withEncoding(StandardCharsets.ISO_8859_1).read(file).values())
        .extracting(Audit::staffId).containsExactly("s\u00e9");
    assertThat(READER.read(new ByteArrayInputStream(
        "\uFEFFaudit,staff,time,greet,Pay\r\n\"A,1\",s1,2026-03-02T10:00:00Z,pass,pass\r\n".getBytes(StandardCharsets.UTF_8)),
        "bom.csv").values()).extracting(Audit::id).containsExactly("A,1");
  }

  @Test
  void limitsAndConfiguration() {
    StringBuilder b = new StringBuilder("audit,staff,time,greet,Pay\n");
    for (int i = 0; i < 5; i++) {
      b.append("A").append(i).append(",s1,2026-03-02T10:00:00Z,pass,pass\n");
    }
    AuditReader three = READER.withLimits(ReadLimits.DEFAULT.withMaxRows(3));
    assertThatThrownBy(() -> three.read(new StringReader(b.toString()), "a.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("line 5: the file has more than 3 data rows");
    assertThat(three.limits().maxRows()).isEqualTo(3);
    assertThat(READER.limits()).isSameAs(ReadLimits.DEFAULT);
    assertThat(READER.checklist()).isSameAs(CHECKLIST);
    assertThat(READER.isLenient()).isFalse();
    assertThat(READER.lenient().isLenient()).isTrue();
    assertThat(READER.lenient().strict().isLenient()).isFalse();
    assertThat(READER.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(READER.lenient()).hasToString("AuditReader[checklist 'counter', 2 items, lenient, UTF-8]");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRejectedByName() {
    Rejections.assertRejectsNull("checklist", () -> AuditReader.of(null));
    Rejections.assertRejectsNull("encoding", () -> READER.withEncoding(null));
    Rejections.assertRejectsNull("limits", () -> READER.withLimits(null));
  }
}
