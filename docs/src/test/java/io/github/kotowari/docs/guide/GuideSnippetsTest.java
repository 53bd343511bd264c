package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fenced {@code java} block (a snippet) and {@code text} block (its shown output) in the guides
 * and the README must appear verbatim in the docs module's test code, where it is compiled, run and
 * compared with the real output. Lines are compared with leading and trailing whitespace removed, and
 * Java text-block escapes ({@code \t}, {@code \"}, {@code \\}) are undone on the code side.
 */
class GuideSnippetsTest {

  static final Path DOCS = Path.of("").toAbsolutePath();
  static final Path ROOT = DOCS.getParent();

  /** One fenced block of a Markdown file. */
  record Block(Path file, int line, String language, List<String> lines) {
    @Override
    public String toString() {
      return ROOT.relativize(file) + ":" + line + " (" + language + ")";
    }
  }

  static List<Path> markdownFiles() {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> walk = Files.walk(ROOT.resolve("docs"))) {
      walk.filter(p -> p.toString().endsWith(".md"))
          .filter(p -> !p.startsWith(DOCS.resolve("target")) && !p.startsWith(DOCS.resolve("src")))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static List<Block> blocks(Path file) {
    List<String> lines = read(file);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (fence.equals("```java") || fence.equals("```text")) {
        int start = i + 1;
        int end = start;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        if (end == lines.size()) {
          fail(ROOT.relativize(file) + ":" + (i + 1) + ": unclosed code fence");
        }
        blocks.add(new Block(file, i + 1, fence.substring(3), List.copyOf(lines.subList(start, end))));
        i = end;
      }
    }
    return blocks;
  }

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> testSourceLines() {
    List<String> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(DOCS.resolve("src/test/java"))) {
      walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> {
        for (String line : read(p)) {
          all.add(normalizeCode(line));
        }
        all.add("\u0000"); // files never match across their boundary
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static String normalizeCode(String line) {
    return line.strip().replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\").strip();
  }

  static boolean containsInOrder(List<String> haystack, List<String> needle) {
    if (needle.isEmpty()) {
      return true;
    }
    outer:
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      for (int j = 0; j < needle.size(); j++) {
        if (!haystack.get(i + j).equals(needle.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> everySnippetAndOutputIsInTestedCode() {
    List<String> code = testSourceLines();
    return markdownFiles().stream().flatMap(file -> blocks(file).stream()).map(block -> DynamicTest.dynamicTest(
        block.toString(), () -> {
          List<String> wanted = block.lines().stream().map(String::strip).toList();
          assertTrue(containsInOrder(code, wanted),
              block + " is not found verbatim in docs/src/test/java; put the snippet (or its shown output) "
                  + "in a test that runs it");
        }));
  }

  @Test
  void theCheckerFindsBlocksAndRejectsAMissingSnippet() {
    List<String> code = List.of("int a = 1;", "int b = 2;", "\u0000", "int c = 3;");
    assertTrue(containsInOrder(code, List.of("int a = 1;", "int b = 2;")));
    assertFalse(containsInOrder(code, List.of("int b = 2;", "int c = 3;")), "never across files");
    assertFalse(containsInOrder(code, List.of("int d = 4;")));
    assertEquals("a\tb \"c\"", normalizeCode("  a\\tb \\\"c\\\"  "));
  }

  @Test
  void everyEnglishGuideHasAJapaneseTwin() {
    Path en = DOCS.resolve("guide/en");
    Path ja = DOCS.resolve("guide/ja");
    if (!Files.isDirectory(en)) {
      return;
    }
    try (Stream<Path> guides = Files.list(en)) {
      guides.filter(p -> p.toString().endsWith(".md")).forEach(p ->
          assertTrue(Files.exists(ja.resolve(p.getFileName().toString())), "no Japanese twin of " + p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> guides = Files.list(ja)) {
      guides.filter(p -> p.toString().endsWith(".md")).forEach(p ->
          assertTrue(Files.exists(en.resolve(p.getFileName().toString())), "no English twin of " + p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
