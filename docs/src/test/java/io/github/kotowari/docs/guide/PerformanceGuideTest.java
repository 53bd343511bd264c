package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figures that docs/guide/{en,ja}/performance.md quote from the generated docs/performance.md
 * (written by benchmarks/run.sh) still match it, and so do the goal statuses the guides state.
 *
 * <p>In each guide, the lines between {@value #FIGURES} and {@value #END_FIGURES} hold the date of
 * the run and a table of rows copied from the page: every table row there (header included) must
 * equal, cell by cell, a row of the page, and every date there must equal the page's. Between
 * {@value #GOALS} and {@value #END_GOALS}, each goal's status (last cell) must be what the page's
 * Results table gives. After a new run, re-copy the rows and the date; this test names what differs.
 */
class PerformanceGuideTest {

  static final String FIGURES = "<!-- figures from docs/performance.md -->";
  static final String END_FIGURES = "<!-- end of figures -->";
  static final String GOALS = "<!-- goals, checked against docs/performance.md -->";
  static final String END_GOALS = "<!-- end of goals -->";
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
  static final Path PAGE = GuideSnippetsTest.DOCS.resolve("performance.md");
  static final List<String> LANGUAGES = List.of("en", "ja");
  /** A goal's status word per language: met, then missed. */
  static final Map<String, List<String>> STATUS = Map.of("en", List.of("met", "missed"), "ja", List.of("達成", "未達"));

  static Path guide(String lang) {
    return GuideSnippetsTest.DOCS.resolve("guide/" + lang + "/performance.md");
  }

  /** The lines strictly between the one start marker and its end marker. */
  static List<String> block(List<String> lines, String start, String end, String where) {
    int from = lines.indexOf(start);
    assertTrue(from >= 0, where + ": no line " + start);
    assertEquals(from, lines.lastIndexOf(start), where + ": more than one line " + start);
    int to = lines.subList(from, lines.size()).indexOf(end);
    assertTrue(to > 0, where + ": no line " + end + " after " + start);
    return lines.subList(from + 1, from + to);
  }

  static boolean isTableRow(String line) {
    String s = line.strip();
    return s.startsWith("|") && s.endsWith("|") && s.length() > 1;
  }

  /** The stripped cells of a Markdown table row. */
  static List<String> cells(String row) {
    String s = row.strip();
    List<String> cells = new ArrayList<>();
    for (String cell : s.substring(1, s.length() - 1).split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  static boolean isSeparator(List<String> cells) {
    return cells.stream().allMatch(c -> c.matches(":?-+:?"));
  }

  /** The content rows (not separators) of every table in {@code lines}, as cells. */
  static List<List<String>> rows(List<String> lines) {
    return lines.stream().filter(PerformanceGuideTest::isTableRow).map(PerformanceGuideTest::cells)
        .filter(c -> !isSeparator(c)).toList();
  }

  static List<String> dates(List<String> lines) {
    List<String> dates = new ArrayList<>();
    for (String line : lines) {
      if (!isTableRow(line)) {
        Matcher m = DATE.matcher(line);
        while (m.find()) {
          dates.add(m.group());
        }
      }
    }
    return dates;
  }

  static String pageDate(List<String> page) {
    for (String line : page) {
      if (line.startsWith("Measured ")) {
        Matcher m = DATE.matcher(line);
        assertTrue(m.find(), "docs/performance.md: no date in " + line);
        return m.group();
      }
    }
    return fail("docs/performance.md has no line starting 'Measured '");
  }

  @Test
  void everyQuotedRowAndDateIsThatOfTheGeneratedPage() {
    List<String> page = GuideSnippetsTest.read(PAGE);
    List<List<String>> pageRows = rows(page);
    String measured = pageDate(page);
    List<List<String>> quotedInEnglish = null;
    for (String lang : LANGUAGES) {
      Path guide = guide(lang);
      String where = GuideSnippetsTest.ROOT.relativize(guide).toString();
      List<String> figures = block(GuideSnippetsTest.read(guide), FIGURES, END_FIGURES, where);
      List<String> dates = dates(figures);
      assertFalse(dates.isEmpty(), where + ": the figures name no date of the run");
      for (String date : dates) {
        assertEquals(measured, date, where + ": the figures give a date that is not the page's 'Measured' date");
      }
      List<List<String>> quoted = rows(figures);
      assertTrue(quoted.size() >= 2, where + ": the figures hold no table rows");
      for (List<String> row : quoted) {
        assertTrue(pageRows.contains(row),
            where + ": this row is not a row of docs/performance.md (re-copy it from there): " + row);
      }
      if (quotedInEnglish == null) {
        quotedInEnglish = quoted;
      } else {
        assertEquals(quotedInEnglish, quoted, where + ": the guides quote different rows");
      }
    }
  }

  /** The Results table of the page: each row as a map from column name to cell. */
  static List<Map<String, String>> results(List<String> page) {
    List<String> tableLines = page.stream().filter(PerformanceGuideTest::isTableRow).toList();
    List<String> header = null;
    List<Map<String, String>> results = new ArrayList<>();
    for (String line : tableLines) {
      List<String> cells = cells(line);
      if (cells.get(0).equals("Benchmark") && cells.contains("Ours/Ref")) {
        header = cells;
      } else if (header != null && cells.size() == header.size() && !isSeparator(cells)) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          row.put(header.get(i), cells.get(i));
        }
        results.add(row);
      } else if (header != null && !isSeparator(cells)) {
        break; // the next table
      }
    }
    assertNotNull(header, "docs/performance.md has no Results table (header Benchmark … Ours/Ref)");
    return results;
  }

  /** "1,366" → 1366.0; "0.020 ± 0.010" → 0.02. */
  static double number(String cell) {
    return Double.parseDouble(cell.split("±")[0].strip().replace(",", ""));
  }

  static List<Map<String, String>> select(List<Map<String, String>> results, String goal,
      Predicate<Map<String, String>> which) {
    List<Map<String, String>> rows = results.stream().filter(which).toList();
    assertFalse(rows.isEmpty(), "docs/performance.md has no row for goal " + goal);
    return rows;
  }

  static boolean hasParams(Map<String, String> row, String... params) {
    List<String> have = List.of(row.get("Params").split(" "));
    return have.containsAll(List.of(params));
  }

  /** Each goal's status computed from the page, by the rules the guides' goal tables state. */
  static Map<String, Boolean> goalsMet(List<Map<String, String>> results) {
    Map<String, Boolean> met = new LinkedHashMap<>();
    List<Map<String, String>> mixed = select(results, "identify-time", r ->
        r.get("Benchmark").equals("IdentifyBenchmark.identify") && hasParams(r, "inputs=all")
            && r.get("Reference").equals("IdentifyBenchmark.baseline"));
    met.put("identify-time", mixed.stream().allMatch(r -> number(r.get("Ours/Ref")) <= 5));
    List<Map<String, String>> ascii = select(results, "identify-time-ascii", r ->
        r.get("Benchmark").equals("IdentifyBenchmark.identify") && hasParams(r, "inputs=ascii")
            && r.get("Reference").equals("IdentifyBenchmark.baseline"));
    met.put("identify-time-ascii", ascii.stream().allMatch(r -> number(r.get("Ours/Ref")) <= 5));
    met.put("identify-alloc", ascii.stream().allMatch(r -> number(r.get("Ours B/op")) < 1));
    List<Map<String, String>> eligible = select(results, "eligibility-*", r ->
        r.get("Benchmark").equals("EligibilityBenchmark.eligibility") && hasParams(r, "eligible=true")
            && r.get("Reference").equals("EligibilityBenchmark.easyRules"));
    met.put("eligibility-time", eligible.stream().allMatch(r -> number(r.get("Ours/Ref")) <= 0.05));
    met.put("eligibility-alloc", select(eligible, "eligibility-alloc", r -> hasParams(r, "mode=FIRST_VIOLATION"))
        .stream().allMatch(r -> number(r.get("Ours B/op")) < 1));
    return met;
  }

  @Test
  void theGoalStatusesFollowFromTheGeneratedPage() {
    Map<String, Boolean> met = goalsMet(results(GuideSnippetsTest.read(PAGE)));
    for (String lang : LANGUAGES) {
      Path guide = guide(lang);
      String where = GuideSnippetsTest.ROOT.relativize(guide).toString();
      List<List<String>> rows = rows(block(GuideSnippetsTest.read(guide), GOALS, END_GOALS, where));
      Map<String, String> stated = new LinkedHashMap<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        stated.put(row.get(0).replace("`", ""), row.get(row.size() - 1));
      }
      assertEquals(met.keySet(), stated.keySet(), where + ": the goals table names other goals");
      met.forEach((goal, isMet) -> assertEquals(STATUS.get(lang).get(isMet ? 0 : 1), stated.get(goal),
          where + ": goal " + goal + " is " + (isMet ? "met" : "missed") + " by docs/performance.md"));
    }
  }

  @Test
  void theCheckerReadsTablesAndNumbers() {
    assertEquals(List.of("a", "", "1,366"), cells("| a |  |   1,366 |"));
    assertTrue(isSeparator(cells("| --- | ---: | :-: |")));
    assertFalse(isSeparator(cells("| - | x |")));
    assertEquals(1366.0, number("1,366"));
    assertEquals(0.02, number("0.020 ± 0.010"));
    assertEquals(List.of("2026-12-01 09:24 UTC"),
        dates(List.of("Measured 2026-12-01 09:24 UTC with x.", "| 2025-01-01 00:00 UTC |")));
    List<String> lines = List.of("x", FIGURES, "| a |", END_FIGURES, "y");
    assertEquals(List.of("| a |"), block(lines, FIGURES, END_FIGURES, "t"));
  }
}
