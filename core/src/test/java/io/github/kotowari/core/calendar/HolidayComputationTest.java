package io.github.kotowari.core.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pieces the holiday table is computed from, checked on their own. The table is computed once,
 * when the class is loaded, so a defect in one of these pieces shows in the calendar tests only if it
 * was there at load time; calling them directly checks them whenever they change.
 */
class HolidayComputationTest {

  /** Vernal (March) and autumnal (September) equinox days by year, from the Cabinet Office list. */
  static final Map<Integer, Integer> VERNAL = new TreeMap<>();
  static final Map<Integer, Integer> AUTUMNAL = new TreeMap<>();

  @BeforeAll
  static void readEquinoxes() throws IOException {
    try (InputStream in = HolidayComputationTest.class.getResourceAsStream("jp_holidays.tsv")) {
      assertNotNull(in, "jp_holidays.tsv on the test class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t");
        if (cells.length < 2 || line.startsWith("#")) {
          continue;
        }
        if (cells[1].equals("春分の日")) {
          LocalDate d = LocalDate.parse(cells[0]);
          VERNAL.put(d.getYear(), d.getDayOfMonth());
        } else if (cells[1].equals("秋分の日")) {
          LocalDate d = LocalDate.parse(cells[0]);
          AUTUMNAL.put(d.getYear(), d.getDayOfMonth());
        }
      }
    }
  }

  @Test
  void equinoxFormulasGiveTheDaysOfTheOfficialList() {
    // 1955-2027: both sides of the formulas' 1980 switch.
    assertEquals(73, VERNAL.size());
    assertEquals(73, AUTUMNAL.size());
    VERNAL.forEach((year, day) -> assertEquals(day, HolidayRules.vernalEquinoxDay(year), "vernal " + year));
    AUTUMNAL.forEach((year, day) -> assertEquals(day, HolidayRules.autumnalEquinoxDay(year), "autumnal " + year));
  }

  @Test
  void equinoxDaysOfTheFirstYearOfTheAct() {
    // 1948, the year the act took effect on 20 July: its first holiday was the equinox day, 23 September.
    assertEquals(23, HolidayRules.autumnalEquinoxDay(1948));
  }

  @Test
  void aTableBuiltFromChosenDaysAnswersForExactlyThoseDays() {
    HolidayName[] byDay = new HolidayName[200];
    // Days on both sides of the 64-bit word boundaries of the bit set, and the first day.
    int[] chosen = {0, 63, 64, 65, 127, 128, 199};
    for (int i : chosen) {
      byDay[i] = HolidayName.CULTURE_DAY;
    }
    byDay[64] = HolidayName.CHILDRENS_DAY;
    HolidayTable table = HolidayTable.of(byDay);

    assertEquals(chosen.length, table.size());
    for (int i = 0; i < byDay.length; i++) {
      assertEquals(byDay[i] != null, table.isHolidayIndex(i), "day " + i);
    }
    for (int k = 0; k < chosen.length; k++) {
      assertEquals(HolidayTable.FIRST_EPOCH_DAY + chosen[k], table.epochDayAt(k));
      assertEquals(byDay[chosen[k]], table.nameAt(k));
    }
    // ceiling: a holiday's own day finds it; the day after finds the next one.
    assertEquals(0, table.ceiling(HolidayTable.FIRST_EPOCH_DAY));
    assertEquals(1, table.ceiling(HolidayTable.FIRST_EPOCH_DAY + 1));
    assertEquals(2, table.ceiling(HolidayTable.FIRST_EPOCH_DAY + 64));
    assertEquals(3, table.ceiling(HolidayTable.FIRST_EPOCH_DAY + 65));
    assertEquals(chosen.length, table.ceiling(HolidayTable.FIRST_EPOCH_DAY + 200));
  }

  @Test
  void anEmptyTableHasNoHoliday() {
    HolidayTable table = HolidayTable.of(new HolidayName[130]);
    assertEquals(0, table.size());
    for (int i = 0; i < 130; i++) {
      assertFalse(table.isHolidayIndex(i));
    }
    assertEquals(0, table.ceiling(HolidayTable.FIRST_EPOCH_DAY + 5));
  }

  @Test
  void dayOfWeekOfTheFirstDay() {
    // 20 July 1948 was a Tuesday.
    assertEquals(DayOfWeek.TUESDAY, HolidayTable.dayOfWeek(0));
    assertEquals(DayOfWeek.MONDAY, HolidayTable.dayOfWeek(6));
  }

  @Test
  void theFirstHolidayHasNoPreviousOne() {
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    LocalDate first = LocalDate.of(1948, 9, 23);
    assertTrue(holidays.isHoliday(first));
    assertEquals(Optional.empty(), holidays.previousHoliday(first));
    Optional<Holiday> previous = holidays.previousHoliday(first.plusDays(1));
    assertEquals(Optional.of(first), previous.map(Holiday::date));
    assertEquals(Optional.of(HolidayName.AUTUMNAL_EQUINOX_DAY), previous.map(Holiday::name));
  }

  @Test
  void hashCodesTellCalendarsApart() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int year = 2027; year < 2047; year++) {
      hashes.add(JapaneseHolidays.announcedThrough(year).hashCode());
    }
    assertTrue(hashes.size() >= 15, hashes::toString);
    JapaneseHolidays holidays = JapaneseHolidays.standard();
    org.junit.jupiter.api.Assertions.assertNotEquals(BusinessCalendar.of(holidays).hashCode(),
        BusinessCalendar.banking(holidays).hashCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(Deadlines.tokyo().hashCode(),
        Deadlines.in(java.time.ZoneOffset.UTC).hashCode());
  }
}
