package io.github.mot.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs Java snippets and JShell scripts the way a researcher types them into JShell, with the
 * test class path (so every MOT module is there), and fails on the first rejected snippet or
 * thrown exception. Used to check that README snippets and the shipped {@code .jsh} scripts run.
 */
final class JShellRunner {

  private JShellRunner() {}

  /**
   * Evaluates {@code source} snippet by snippet in a fresh JShell.
   *
   * @param name what the source is, for failure messages
   * @param source Java statements, declarations and expressions
   * @return everything the snippets printed to standard output
   * @throws AssertionError naming the snippet that was rejected or threw
   */
  static String run(String name, String source) {
    return run(name, source, new ArrayList<>());
  }

  /** A value JShell showed for a snippet, and the source line that completed the snippet. */
  record Shown(String line, String value) {}

  /**
   * Evaluates {@code source} as {@link #run(String, String)} does and collects the values JShell
   * shows (those of expressions and variable declarations), each with its source line.
   *
   * @param name what the source is, for failure messages
   * @param source Java statements, declarations and expressions
   * @return the values shown, in order
   * @throws AssertionError naming the snippet that was rejected or threw
   */
  static List<Shown> shown(String name, String source) {
    List<Shown> shown = new ArrayList<>();
    run(name, source, shown);
    return shown;
  }

  private static synchronized String run(String name, String source, List<Shown> shown) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    // The local execution engine runs snippets in this JVM, so they print to System.out.
    PrintStream original = System.out;
    System.setOut(print);
    try (JShell shell =
        JShell.builder().executionEngine("local").out(print).err(print).build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      // Feed the source line by line, as a person types it: a snippet runs as soon as it is
      // complete, exactly as the jshell tool decides.
      StringBuilder pending = new StringBuilder();
      for (String line : stripCommands(source).split("\n", -1)) {
        pending.append(line).append('\n');
        while (!pending.toString().isBlank()) {
          SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending.toString());
          if (!info.completeness().isComplete()) {
            break;
          }
          eval(shell, name, info.source(), out, line, shown);
          pending.setLength(0);
          pending.append(info.remaining());
        }
      }
      if (!pending.toString().isBlank()) {
        throw new AssertionError(name + ": incomplete snippet at the end: " + pending);
      }
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void eval(JShell shell, String name, String snippet, ByteArrayOutputStream out, String line,
      List<Shown> shown) {
    for (SnippetEvent event : shell.eval(snippet)) {
      if (event.exception() != null) {
        throw new AssertionError(
            name + ": snippet threw " + event.exception() + "\n" + snippet
                + "\noutput so far:\n" + out.toString(StandardCharsets.UTF_8),
            event.exception());
      }
      if (event.status() == Snippet.Status.REJECTED) {
        List<String> messages = new ArrayList<>();
        shell.diagnostics(event.snippet())
            .map(d -> d.getMessage(java.util.Locale.ROOT))
            .forEach(messages::add);
        throw new AssertionError(name + ": snippet rejected " + messages + "\n" + snippet);
      }
      if (event.value() != null) {
        shown.add(new Shown(line, event.value()));
      }
    }
  }

  /** Drops JShell commands such as {@code /exit} and {@code /env}, which only the tool knows. */
  private static String stripCommands(String source) {
    StringBuilder kept = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      if (!line.stripLeading().startsWith("/")) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  /**
   * The fenced code blocks of a Markdown text in the given language.
   *
   * @param markdown the Markdown text
   * @param language the info string, e.g. {@code java}
   * @return the blocks in order of appearance
   */
  static List<String> codeBlocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null) {
        if (line.strip().equals("```" + language)) {
          current = new StringBuilder();
        }
      } else if (line.strip().equals("```")) {
        blocks.add(current.toString());
        current = null;
      } else {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }
}
