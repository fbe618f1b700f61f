package io.github.mot.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mot.core.internal.Html;
import io.github.mot.core.testing.FuzzGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every hostile text, in every place the report puts text, comes out escaped. */
class HtmlEscapeFuzzTest {

  @Test
  void everyHostileTextIsEscapedEverywhere() {
    String svg = "<svg width=\"1\"></svg>";
    for (String h : FuzzGenerators.HOSTILE_CELLS) {
      String html =
          new HtmlReport(h).heading(h).paragraph(h).pre(h).table(List.of(h), List.of(List.of(h)))
              .chart(svg, h).render();
      String escaped = Html.escape(h);
      assertThat(escaped).doesNotContain("<", ">", "\"", "'");
      assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
      if (h.matches("(?s).*[<>\"'&].*")) {
        assertThat(html).as(h).doesNotContain(h);
      }
      assertThat(html).as(h).contains(escaped);
    }
  }
}
