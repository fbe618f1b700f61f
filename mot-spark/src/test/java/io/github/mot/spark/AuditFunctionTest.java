package io.github.mot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mot.core.SupervisionChecklist;
import io.github.mot.core.testing.CoreGenerators;
import io.github.mot.core.testing.Seed;
import io.github.mot.core.testing.Seeds;
import io.github.mot.scoring.AuditAccumulator;
import io.github.mot.scoring.AuditScore;
import io.github.mot.scoring.AuditSummary;
import io.github.mot.scoring.ComplianceScore;
import io.github.mot.scoring.testing.ScoringGenerators;
import io.github.mot.spark.internal.AuditAggregator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code mot_audit} in {@code local[2]} against the library on one machine: each seed of {@link
 * Seeds#seeds()} is one group of generated, scored audits (one row an audit with its figures) with
 * null and impossible rows mixed in, spread over several partitions; each group's struct must equal
 * the {@link AuditAccumulator}'s summary of the good rows, bit for bit, and count the bad ones.
 */
class AuditFunctionTest {

  /** The group, then the function's six arguments under short names. */
  private static final StructType AUDITS = audits();

  private static StructType audits() {
    StructType t = new StructType().add("seed", DataTypes.LongType, false);
    String[] names = {"passed", "failed", "na", "pw", "aw", "critical"};
    for (int i = 0; i < names.length; i++) {
      t = t.add(names[i], AuditAggregator.INPUT.fields()[i].dataType());
    }
    return t;
  }

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  private record Expected(AuditSummary summary, long rejectedNull, long rejectedInvalid) {}

  @Test
  void auditSummaryEqualsTheLibraryBitForBitWithBadRowsCounted() {
    List<Row> rows = new ArrayList<>();
    Map<Long, Expected> expected = new HashMap<>();
    for (Seed seed : Seeds.seeds().toList()) {
      SplittableRandom r = seed.random();
      SupervisionChecklist checklist = CoreGenerators.supervisionChecklist(r);
      AuditAccumulator acc = AuditAccumulator.create();
      long nulls = 0;
      long invalid = 0;
      for (int i = 0, n = r.nextInt(1, 30); i < n; i++) {
        ComplianceScore c = AuditScore.of(ScoringGenerators.audit(r, checklist, "a" + i)).overall();
        rows.add(RowFactory.create(seed.value(), c.passed(), c.failed(), c.notApplicable(), c.passedWeight(),
            c.applicableWeight(), c.criticalFailed()));
        acc.add(c);
        int bad = r.nextInt(12);
        if (bad == 0) {
          rows.add(RowFactory.create(seed.value(), c.passed(), null, c.notApplicable(), c.passedWeight(),
              c.applicableWeight(), c.criticalFailed()));
          nulls++;
        } else if (bad == 1) { // a passed weight above the applicable weight
          rows.add(RowFactory.create(seed.value(), 1, 1, 0, 3.0, 2.0, false));
          invalid++;
        } else if (bad == 2) { // a critical failure without a failed item
          rows.add(RowFactory.create(seed.value(), 2, 0, 0, 2.0, 2.0, true));
          invalid++;
        }
      }
      expected.put(seed.value(), new Expected(acc.summary(), nulls, invalid));
    }
    spark.createDataFrame(rows, AUDITS).repartition(5).createOrReplaceTempView("audits");

    List<Row> result = spark.sql(
        "SELECT seed, mot_audit(passed, failed, na, pw, aw, critical) AS audit FROM audits GROUP BY seed")
        .collectAsList();

    assertThat(result).hasSize(expected.size());
    for (Row row : result) {
      Expected e = Objects.requireNonNull(expected.get(row.getLong(0)));
      assertAudit(row.getStruct(1), e.summary(), e.rejectedNull(), e.rejectedInvalid(), "seed=" + row.getLong(0));
    }
  }

  /** Compares each field of an audit struct with the library's accessor; doubles by their bits. */
  static void assertAudit(Row a, AuditSummary s, long rejectedNull, long rejectedInvalid, String what) {
    assertThat(a.schema()).as(what).isEqualTo(MotFunctions.auditType());
    assertThat(a.getLong(0)).as(what).isEqualTo(s.count());
    assertThat(a.getLong(1)).as(what).isEqualTo(s.scoredCount());
    assertThat((Object) a.get(2)).as(what).isEqualTo(orNull(s.meanScore()));
    assertThat((Object) a.get(3)).as(what).isEqualTo(orNull(s.minScore()));
    assertThat((Object) a.get(4)).as(what).isEqualTo(orNull(s.maxScore()));
    assertThat(a.getLong(5)).as(what).isEqualTo(s.criticalFailureCount());
    assertThat((Object) a.get(6)).as(what).isEqualTo(orNull(s.criticalFailureRate()));
    assertThat((Object) a.get(7)).as(what).isEqualTo(orNull(s.compliance()));
    assertThat((Object) a.get(8)).as(what).isEqualTo(orNull(s.itemPassRate()));
    assertThat(a.getLong(9)).as(what).isEqualTo(s.passedItems());
    assertThat(a.getLong(10)).as(what).isEqualTo(s.failedItems());
    assertThat(a.getLong(11)).as(what).isEqualTo(s.notApplicableItems());
    assertThat(a.getLong(12)).as(what).isEqualTo(rejectedNull + rejectedInvalid);
    assertThat(a.getLong(13)).as(what).isEqualTo(rejectedNull);
    assertThat(a.getLong(14)).as(what).isEqualTo(rejectedInvalid);
  }

  @Test
  void theStrictFunctionFailsTheJobWithTheLibrarysMessage() {
    assertThatThrownBy(() -> spark.sql("SELECT mot_audit_strict(p, f, n, pw, aw, c) "
            + "FROM VALUES (3, 1, 0, 3.0D, 4.0D, false), (1, 1, 0, 2.0D, 1.0D, false) AS t(p, f, n, pw, aw, c)")
        .collectAsList())
        .hasStackTraceContaining("passed weight must be in [0, applicable weight 1.0] but was 2.0");
    assertThatThrownBy(() -> spark.sql("SELECT mot_audit_strict(p, f, n, pw, aw, c) "
            + "FROM VALUES (3, 1, 0, 3.0D, 4.0D, CAST(NULL AS BOOLEAN)) AS t(p, f, n, pw, aw, c)")
        .collectAsList())
        .hasStackTraceContaining("audit figure criticalFailed must be present but was null");

    Row row = spark.sql("SELECT mot_audit(p, f, n, pw, aw, c), mot_audit_strict(p, f, n, pw, aw, c) "
        + "FROM VALUES (3, 1, 0, 3.0D, 4.0D, false), (1, 1, 2, 2.0D, 3.0D, true), (0, 0, 4, 0.0D, 0.0D, false) "
        + "AS t(p, f, n, pw, aw, c)").first();
    assertThat(row.get(1)).isEqualTo(row.get(0));
    AuditSummary s = AuditAccumulator.create().add(3, 1, 0, 3.0, 4.0, false).add(1, 1, 2, 2.0, 3.0, true)
        .add(0, 0, 4, 0.0, 0.0, false).summary();
    assertAudit(row.getStruct(0), s, 0, 0, "three audits");
    assertThat(row.getStruct(0).getDouble(2)).isEqualTo(0.375); // (0.75 + 0) / 2 scored audits
  }

  private static @Nullable Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
