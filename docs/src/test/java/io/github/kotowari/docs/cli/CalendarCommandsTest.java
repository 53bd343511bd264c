package io.github.kotowari.docs.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.docs.cli.KotowariCliTest.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The {@code holidays} and {@code business-days} subcommands. */
class CalendarCommandsTest {

  static Result run(String... args) {
    return KotowariCliTest.run(args);
  }

  /** The Cabinet Office list (core's test resource), as {@code date<TAB>label} rows of one year. */
  static List<String> officialRows(int year) throws IOException {
    List<String> rows = new ArrayList<>();
    try (InputStream in = CalendarCommandsTest.class.getResourceAsStream("/io/github/kotowari/core/calendar/jp_holidays.tsv")) {
      assertNotNull(in);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith(year + "-")) {
          String[] cells = line.split("\t");
          rows.add(cells[0] + "\t" + cells[1]);
        }
      }
    }
    return rows;
  }

  @Test
  void holidaysOfAYearMatchTheCabinetOfficeList() throws IOException {
    Result r = run("holidays", "2026");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    List<String> labelled = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t");
      assertEquals(3, cells.length, line);
      String label = cells[1].equals("振替休日") || cells[1].equals("国民の休日") ? "休日" : cells[1];
      labelled.add(cells[0] + "\t" + label);
    }
    assertEquals(officialRows(2026), labelled);
    assertTrue(lines.contains("2026-08-11\t山の日\tMountain Day"), r.out());
    assertTrue(lines.contains("2026-09-22\t国民の休日\tCitizens' Holiday"), r.out());
  }

  @Test
  void provisionalYearsAreMarked() {
    Result r = run("holidays", "2027", "2028");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("2027-01-01\t元日\tNew Year's Day"), r.out());
    assertTrue(lines.contains("2028-01-01\t元日\tNew Year's Day\tprovisional"), r.out());
    assertTrue(lines.stream().filter(l -> l.startsWith("2028-")).allMatch(l -> l.endsWith("\tprovisional")));
    assertTrue(lines.stream().filter(l -> l.startsWith("2027-")).noneMatch(l -> l.endsWith("\tprovisional")));
  }

  @Test
  void businessDays() {
    assertEquals(new Result(0, "2026-09-24\n", ""), run("business-days", "next", "2026-09-18"));
    assertEquals(new Result(0, "2026-12-31\n", ""), run("business-days", "add", "2026-12-30", "1"));
    assertEquals(new Result(0, "2027-01-04\n", ""), run("business-days", "--banks", "add", "2026-12-30", "1"));
    assertEquals(new Result(0, "2026-09-18\n", ""), run("business-days", "add", "2026-09-24", "-1"));
    assertEquals(new Result(0, "1\n", ""), run("business-days", "between", "2026-09-18", "2026-09-24"));
    assertEquals(new Result(0, "-1\n", ""), run("business-days", "between", "2026-09-24", "2026-09-18"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "20２6", "２０２６", "1947", "2100", "-2026", "26", "20261", "2026\u200b", "2026\n", "abcd"})
  void badYearsGiveOneLineAndExitCodeTwo(String year) {
    Result r = run("holidays", year);
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("kotowari: YEAR must be a year from 1948 to 2099"), r.err());
  }

  @Test
  void badHolidayArguments() {
    assertOneLine(run("holidays"), "expected YEAR [YEAR2]");
    assertOneLine(run("holidays", "2026", "2027", "2028"), "expected YEAR [YEAR2]");
    assertOneLine(run("holidays", "2027", "2026"), "YEAR2 must not be before YEAR");
    assertOneLine(run("holidays", "2026", "x"), "YEAR2 must be");
  }

  @Test
  void badBusinessDayArguments() {
    assertOneLine(run("business-days"), "expected 'add DATE N', 'next DATE' or 'between D1 D2'");
    assertOneLine(run("business-days", "add", "2026-01-01"), "expected 'add DATE N'");
    assertOneLine(run("business-days", "subtract", "2026-01-01", "1"), "expected 'add DATE N'");
    assertOneLine(run("business-days", "add", "2026/01/01", "1"), "DATE must be a date YYYY-MM-DD");
    assertOneLine(run("business-days", "add", "２０２６-01-01", "1"), "DATE must be a date YYYY-MM-DD");
    assertOneLine(run("business-days", "add", "2026-02-30", "1"), "DATE must be a date YYYY-MM-DD");
    assertOneLine(run("business-days", "add", "1948-07-19", "1"), "DATE must be a date YYYY-MM-DD from 1948-07-20 to 2099-12-31");
    assertOneLine(run("business-days", "add", "2026-01-01", "1e3"), "N must be a whole number");
    assertOneLine(run("business-days", "add", "2026-01-01", "9999999999"), "N must be a whole number");
    assertOneLine(run("business-days", "add", "2099-12-30", "5"), "outside the Japanese calendar");
    assertOneLine(run("business-days", "between", "2026-01-01", "2026-13-01"), "D2 must be a date");
    assertOneLine(run("business-days", "next", "x".repeat(1_000_000)), "DATE must be a date");
    Result huge = run("business-days", "next", "x".repeat(1_000_000));
    assertTrue(huge.err().length() < 200, "the echo is bounded");
  }

  static void assertOneLine(Result r, String expected) {
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
