package io.github.kotowari.core.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The computed calendar against the Cabinet Office list (2026-02-02 edition, test resource
 * {@code jp_holidays.tsv}): every day of 1955–2027, holiday or not, and every name.
 */
class CabinetOfficeListTest {

  static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();
  static Map<LocalDate, String> official;

  @BeforeAll
  static void readList() throws IOException {
    Map<LocalDate, String> rows = new LinkedHashMap<>();
    try (InputStream in = CabinetOfficeListTest.class.getResourceAsStream("jp_holidays.tsv")) {
      assertNotNull(in, "jp_holidays.tsv on the test class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.startsWith("date\t") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        rows.put(LocalDate.parse(cells[0]), cells[1]);
      }
    }
    official = rows;
  }

  @Test
  void theListIsTheEditionTheNotesDescribe() {
    assertEquals(1067, official.size());
    assertEquals(LocalDate.of(1955, 1, 1), official.keySet().iterator().next());
    assertEquals(LocalDate.of(2027, 11, 23), new TreeMap<>(official).lastKey());
  }

  @Test
  void everyDayOf1955To2027IsAHolidayExactlyWhenTheListSaysSo() {
    List<LocalDate> missing = new ArrayList<>();
    List<LocalDate> extra = new ArrayList<>();
    for (LocalDate d = LocalDate.of(1955, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
      boolean listed = official.containsKey(d);
      if (listed && !HOLIDAYS.isHoliday(d)) {
        missing.add(d);
      } else if (!listed && HOLIDAYS.isHoliday(d)) {
        extra.add(d);
      }
      assertEquals(listed, HOLIDAYS.holiday(d).isPresent(), d::toString);
    }
    assertEquals(List.of(), missing, "official holidays not computed");
    assertEquals(List.of(), extra, "computed holidays not in the official list");
  }

  @Test
  void theHolidaysOfEachYearAreTheListsInOrder() {
    for (int year = 1955; year <= 2027; year++) {
      int y = year;
      List<LocalDate> expected = official.keySet().stream().filter(d -> d.getYear() == y).sorted().toList();
      List<LocalDate> actual = HOLIDAYS.holidaysIn(year).stream().map(Holiday::date).toList();
      assertEquals(expected, actual, () -> "year " + y);
    }
  }

  /**
   * Names: the list's label for every day, with one documented exception. On 2019-10-14 the list
   * prints 体育の日（スポーツの日）, but the act renaming the day took effect on 2020-01-01, so the
   * legal name that day was 体育の日. The calendar gives the legal name; the difference stays visible.
   */
  @Test
  void everyNameMatchesTheListExceptTheDocumented2019Label() {
    Map<LocalDate, String> computed = new LinkedHashMap<>();
    for (Holiday h : HOLIDAYS.holidaysBetween(LocalDate.of(1955, 1, 1), LocalDate.of(2027, 12, 31))) {
      computed.put(h.date(), h.name().cabinetOfficeLabel());
    }
    Map<LocalDate, String> differences = new TreeMap<>(
        Maps.transformValues(Maps.difference(official, computed).entriesDiffering(), v -> v.leftValue() + " / " + v.rightValue()));
    assertEquals(ImmutableMap.of(LocalDate.of(2019, 10, 14), "体育の日（スポーツの日） / 体育の日"), differences);
    assertEquals(HolidayName.HEALTH_AND_SPORTS_DAY, HOLIDAYS.holiday(LocalDate.of(2019, 10, 14)).orElseThrow().name());
  }

  /** The list's 116 {@code 休日} rows split into 96 substitute and 20 citizens' holidays (holidays.md §1.3). */
  @Test
  void theListsGenericHolidaysSplitIntoTheDocumentedKinds() {
    List<LocalDate> citizens = new ArrayList<>();
    List<LocalDate> substituteNotMonday = new ArrayList<>();
    int substitutes = 0;
    for (Map.Entry<LocalDate, String> e : official.entrySet()) {
      if (!e.getValue().equals("休日")) {
        continue;
      }
      HolidayKind kind = HOLIDAYS.holiday(e.getKey()).orElseThrow().kind();
      if (kind == HolidayKind.CITIZENS) {
        citizens.add(e.getKey());
      } else {
        assertEquals(HolidayKind.SUBSTITUTE, kind, e.getKey()::toString);
        substitutes++;
        if (e.getKey().getDayOfWeek() != DayOfWeek.MONDAY) {
          substituteNotMonday.add(e.getKey());
        }
      }
    }
    assertEquals(96, substitutes);
    List<LocalDate> expectedCitizens = new ArrayList<>();
    for (int y : new int[] {1988, 1989, 1990, 1991, 1993, 1994, 1995, 1996, 1999, 2000, 2001, 2002, 2004, 2005, 2006}) {
      expectedCitizens.add(LocalDate.of(y, 5, 4));
    }
    expectedCitizens.addAll(List.of(LocalDate.of(2009, 9, 22), LocalDate.of(2015, 9, 22), LocalDate.of(2019, 4, 30),
        LocalDate.of(2019, 5, 2), LocalDate.of(2026, 9, 22)));
    assertEquals(expectedCitizens.stream().sorted().toList(), citizens.stream().sorted().toList());
    assertEquals(List.of(LocalDate.of(2008, 5, 6), LocalDate.of(2009, 5, 6), LocalDate.of(2014, 5, 6),
        LocalDate.of(2015, 5, 6), LocalDate.of(2020, 5, 6), LocalDate.of(2025, 5, 6), LocalDate.of(2026, 5, 6)),
        substituteNotMonday.stream().sorted().toList());
  }
}
