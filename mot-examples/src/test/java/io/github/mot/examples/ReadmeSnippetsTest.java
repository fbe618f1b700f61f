package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code ```java} block of the README and of docs/*.md runs in JShell without error. */
class ReadmeSnippetsTest {

  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mot-core"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static Stream<Arguments> snippets() throws IOException {
    Path root = projectRoot();
    List<Path> docs;
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (java.nio.file.NoSuchFileException e) {
      docs = List.of();
    }
    Stream.Builder<Arguments> all = Stream.builder();
    for (Path doc : Stream.concat(Stream.of(root.resolve("README.md")), docs.stream()).toList()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      List<String> blocks = JShellRunner.codeBlocks(text, "java");
      for (int i = 0; i < blocks.size(); i++) {
        all.add(Arguments.of(root.relativize(doc) + " block " + (i + 1), blocks.get(i)));
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void runsInJShell(String name, String code) {
    if (!name.startsWith("docs/i18n.md")) {
      JShellRunner.run(name, code);
      return;
    }
    // docs/i18n.md shows values after "  // ": each must be what JShell shows
    int checked = 0;
    for (JShellRunner.Shown s : JShellRunner.shown(name, code)) {
      int comment = s.line().indexOf("  // ");
      if (comment >= 0 && !s.line().startsWith("//")) {
        checked++;
        assertThat(s.value()).as(name + ": " + s.line()).isEqualTo(s.line().substring(comment + 5).strip());
      }
    }
    long commented = code.lines().filter(l -> !l.startsWith("//") && l.contains("  // ")).count();
    assertThat(checked).as(name + ": values checked").isEqualTo(commented);
  }

  @Test
  void theRunnerReportsARejectedSnippet() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JShellRunner.run("bad", "int x = \"text\";"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rejected");
  }

  @Test
  void theRunnerCapturesOutput() {
    assertThat(JShellRunner.run("hello", "System.out.println(\"hi \" + (1 + 2));"))
        .isEqualTo("hi 3\n");
  }
}
