package io.github.mot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```console} block of the README and of docs/*.md runs through {@link Mot#run}: a
 * line {@code $ mot ARGS} is a command (arguments split as a shell does, double quotes group);
 * the lines after it, up to the next command, are lines it must print (standard output, then
 * standard error), in that order: a line ending in {@code ...} is a prefix, a line {@code ...}
 * stands for lines not shown, {@code (exit N)} is the exit code. An {@code --out DIR} writes into
 * a temporary directory, named {@code DIR} in the lines expected. Runs from the project root, as
 * {@link ReadmeSnippetsTest} does with the {@code ```java} blocks.
 */
class DocsWalkThroughTest {

  @TempDir Path tmp;

  static Stream<Arguments> walkThroughs() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    List<Path> docs;
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    Stream.Builder<Arguments> all = Stream.builder();
    for (Path doc : Stream.concat(Stream.of(root.resolve("README.md")), docs.stream()).toList()) {
      List<String> blocks = JShellRunner.codeBlocks(Files.readString(doc, StandardCharsets.UTF_8), "console");
      for (int i = 0; i < blocks.size(); i++) {
        all.add(Arguments.of(root.relativize(doc) + " console block " + (i + 1), blocks.get(i)));
      }
    }
    return all.build();
  }

  @Test
  void theReadmeAndTheRealFilesGuideHaveAWalkThrough() throws IOException {
    assertThat(walkThroughs().map(a -> (String) a.get()[0]))
        .anyMatch(n -> n.startsWith("README.md"))
        .anyMatch(n -> n.startsWith("docs/real-survey-files.md"));
  }

  /** A command of a block and the lines it must print. */
  private record Command(List<String> args, List<String> expected) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("walkThroughs")
  void runsAsDocumented(String name, String block) {
    List<Command> commands = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.startsWith("$ ")) {
        List<String> args = words(line.substring(2));
        assertThat(args).as(name + ": " + line).first().isEqualTo("mot");
        commands.add(new Command(args, new ArrayList<>()));
      } else if (!line.isBlank()) {
        assertThat(commands).as(name + ": output before a command: " + line).isNotEmpty();
        commands.get(commands.size() - 1).expected().add(line);
      }
    }
    assertThat(commands).as(name).isNotEmpty();
    commands.forEach(c -> check(name, c.args(), c.expected()));
  }

  @Test
  void aLineTheCommandDoesNotPrintFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> runsAsDocumented("bad", "$ mot volume --customers 10 --contacts 2\nno such line\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no such line");
  }

  private void check(String name, List<String> args, List<String> expected) {
    List<String> run = new ArrayList<>(args.subList(1, args.size()));
    int out = run.indexOf("--out");
    String outDir = out >= 0 ? run.get(out + 1) : "";
    if (out >= 0) {
      run.set(out + 1, tmp.resolve(outDir).toString());
    }
    MotTest.Run r = MotTest.mot(run.toArray(new String[0]));
    String printed = r.out() + r.err();
    List<String> lines = printed.lines().toList();
    int at = 0;
    for (String e : expected) {
      String want = outDir.isEmpty() ? e : e.replace(outDir, tmp.resolve(outDir).toString());
      if (want.equals("...")) {
        continue;
      }
      if (want.startsWith("(exit ")) {
        assertThat(r.code()).as(name + ": exit code of " + args + "\n" + printed)
            .isEqualTo(Integer.parseInt(want.substring(6, want.length() - 1)));
        continue;
      }
      boolean prefix = want.endsWith("...");
      String text = prefix ? want.substring(0, want.length() - 3) : want;
      int found = -1;
      for (int i = at; i < lines.size() && found < 0; i++) {
        if (prefix ? lines.get(i).startsWith(text) : lines.get(i).equals(text)) {
          found = i;
        }
      }
      assertThat(found).as(name + ": " + args + " printed no line (after line " + at + ")\n  " + want
          + "\nbut:\n" + printed).isNotNegative();
      at = found + 1;
    }
  }

  /** The words of a command line: split at spaces, double quotes group. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(w.toString());
    }
    return words;
  }
}
