package io.github.mot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the JShell examples of {@code docs/mot-core.md} and {@code docs/i18n.md} through the JShell
 * API, line by line as a user would type them, and checks what they show: the table printed by the
 * first, and every value written after {@code //} on a line of the second.
 */
class ReadmeExampleTest {

  private static final Path DOCS =
      Path.of(System.getProperty("basedir", ".")).resolve("../docs").normalize();

  /** A value JShell showed, and the last source line of the snippet that gave it. */
  private record Shown(String line, String value) {}

  private static List<String> codeBlocks(String doc) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : Files.readAllLines(DOCS.resolve(doc), StandardCharsets.UTF_8)) {
      if (current == null && line.startsWith("```")) {
        current = new StringBuilder();
      } else if (current != null && line.startsWith("```")) {
        blocks.add(current.toString());
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** Evaluates the code line by line; fails on a rejected snippet or an exception. */
  private static List<Shown> run(String code) {
    List<Shown> shown = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      StringBuilder pending = new StringBuilder();
      for (String line : code.split("\n", -1)) {
        pending.append(line).append('\n');
        String source = pending.toString();
        if (source.isBlank() || !analysis.analyzeCompletion(source).completeness().isComplete()) {
          continue;
        }
        pending.setLength(0);
        for (SnippetEvent e : shell.eval(source)) {
          if (e.status() == Snippet.Status.REJECTED || e.exception() != null) {
            fail(
                "snippet failed: "
                    + source
                    + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList()
                    + (e.exception() == null ? "" : " " + e.exception()));
          }
          if (e.value() != null) {
            shown.add(new Shown(line, e.value()));
          }
        }
      }
      assertThat(pending.toString()).isBlank();
    }
    return shown;
  }

  @Test
  void coreExampleRunsAndPrintsWhatTheDocumentShows() throws IOException {
    List<String> blocks = codeBlocks("mot-core.md");
    List<Shown> shown = run(blocks.get(0));
    assertThat(shown).isNotEmpty();
    String last = shown.get(shown.size() - 1).value();
    List<String> excerpt =
        blocks.get(1).lines().filter(l -> !l.equals("...")).collect(Collectors.toList());
    assertThat(last.lines().limit(excerpt.size())).containsExactlyElementsOf(excerpt);
  }

  @Test
  void i18nExampleShowsTheValuesItsCommentsSay() throws IOException {
    List<String> blocks = codeBlocks("i18n.md");
    String code = blocks.get(0);
    int expected = 0;
    for (Shown s : run(code)) {
      int comment = s.line().indexOf("  // ");
      if (comment >= 0) {
        expected++;
        assertThat(s.value()).as(s.line()).isEqualTo(s.line().substring(comment + 5).strip());
      }
    }
    long commented = code.lines().filter(l -> !l.startsWith("//") && l.contains("  // ")).count();
    assertThat(expected).isEqualTo(commented).isGreaterThanOrEqualTo(14);
  }
}
