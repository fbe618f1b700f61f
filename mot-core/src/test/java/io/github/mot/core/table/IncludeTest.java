package io.github.mot.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.Labels;
import org.junit.jupiter.api.Test;

/**
 * {@link Tables.Builder#include}: another result's parts as the result's own, in every format (the
 * command line's JSON puts the account of its read before a report's fields this way).
 */
class IncludeTest {

  private static final Tabular ACCOUNT = () -> Tables.builder(l -> Labels.of(l))
      .line(c -> "3 rows: 3 good")
      .field("rows", 3)
      .build();

  private static final Tabular WITH_ACCOUNT = () -> Tables.builder(l -> Labels.of(l))
      .child("read", ACCOUNT).only(Column.Target.JSON, Column.Target.TEXT)
      .include(TableTotalTest.RESULT)
      .build();

  @Test
  void jsonHasTheIncludedFieldsInTheSameObject() {
    assertThat(Format.JSON.render(WITH_ACCOUNT).replaceAll("\\s", "")).isEqualTo(
        "{\"read\":{\"rows\":3},\"groups\":[{\"key\":\"a\",\"n\":2,\"mean\":1.5},{\"key\":\"b\",\"n\":1,\"mean\":null},"
            + "{\"key\":\"(all)\",\"n\":3,\"mean\":1.5}]}");
  }

  @Test
  void csvIsTheIncludedResultsCsv() {
    assertThat(Format.CSV.render(WITH_ACCOUNT)).isEqualTo(Format.CSV.render(TableTotalTest.RESULT));
  }

  @Test
  void textAndHtmlShowTheIncludedResultAfterTheParts() {
    assertThat(Format.TEXT.render(WITH_ACCOUNT)).isEqualTo("3 rows: 3 good\n" + Format.TEXT.render(TableTotalTest.RESULT));
    assertThat(Format.HTML.render(WITH_ACCOUNT)).contains("<td>(all)</td>");
  }
}
