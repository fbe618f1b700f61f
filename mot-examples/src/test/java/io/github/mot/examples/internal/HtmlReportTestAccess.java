package io.github.mot.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.table.Format;
import java.util.regex.Pattern;

/** What the report tests of other packages need to check a report page. */
public final class HtmlReportTestAccess {

  private HtmlReportTestAccess() {}

  /**
   * The page without its one script, the table sorter of mot-core: asserts that this script is in
   * the page exactly once, with exactly the library's text (so no input reached it), and returns
   * the rest, which must hold no script at all.
   *
   * @param page a report page
   * @return the page without the sort script
   */
  public static String withoutSortScript(String page) {
    String ours = "<script>\n" + Format.HTML_SORT_SCRIPT + "</script>\n";
    assertThat(page.split(Pattern.quote(ours), -1)).as("the sort script, once").hasSize(2);
    return page.replace(ours, "");
  }
}
