package io.github.mot.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void everyTextIsEscaped() {
    String evil = "<script>alert('x')</script> & \"q\"";
    String page = new HtmlReport(evil).heading(evil).paragraph(evil).pre(evil)
        .table(List.of(evil), List.of(List.of(evil))).render();
    String html = HtmlReportTestAccess.withoutSortScript(page);
    assertThat(html).doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void chartsAreInlinedWithoutPrologAndWithUniqueIds() {
    String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n"
        + "<svg width=\"10\"><defs><clipPath id=\"clip1\"><rect/></clipPath></defs>"
        + "<g clip-path=\"url(#clip1)\"/></svg>";
    String html = new HtmlReport("t").chart(svg, "first <chart>").chart(svg, "second").render();
    assertThat(html).doesNotContain("<?xml").doesNotContain("DOCTYPE svg")
        .contains("<svg role=\"img\" aria-label=\"first &lt;chart&gt;\" width=\"10\">")
        .contains("id=\"c1-clip1\"").contains("url(#c1-clip1)")
        .contains("id=\"c2-clip1\"").contains("url(#c2-clip1)")
        .contains("<figcaption>first &lt;chart&gt;</figcaption>");
  }
}
