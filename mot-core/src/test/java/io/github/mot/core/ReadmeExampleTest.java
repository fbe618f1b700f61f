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
 * Runs the JShell example of {@code docs/mot-core.md} through the JShell API, line by line as a
 * user would type it, and checks the table it prints against the excerpt shown in the document.
 */
class ReadmeExampleTest {

  private static final Path DOC =
      Path.of(System.getProperty("basedir", ".")).resolve("../docs/mot-core.md").normalize();

  private static List<String> codeBlocks(List<String> lines) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
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

  @Test
  void jshellExampleRunsAndPrintsWhatTheDocumentShows() throws IOException {
    List<String> blocks = codeBlocks(Files.readAllLines(DOC, StandardCharsets.UTF_8));
    String code = blocks.get(0);
    String shown = blocks.get(1);
    String last = "";
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
            last = e.value();
          }
        }
      }
      assertThat(pending.toString()).isBlank();
    }
    assertThat(last).isNotEmpty();
    List<String> excerpt = shown.lines().filter(l -> !l.equals("...")).collect(Collectors.toList());
    assertThat(last.lines().limit(excerpt.size())).containsExactlyElementsOf(excerpt);
  }
}
