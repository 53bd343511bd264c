package io.github.kotowari.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseHolidaysTest {

  static final JapaneseHolidays HOLIDAYS = JapaneseHolidays.standard();

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** holidays.md §2.7: the 57 days of 1948-07-20 – 1954, derived there from the same rules. */
  @Test
  void theYearsBeforeTheOfficialListFollowTheNotes() {
    List<LocalDate> expected = new ArrayList<>(List.of(d(1948, 9, 23), d(1948, 11, 3), d(1948, 11, 23)));
    for (int y = 1949; y <= 1954; y++) {
      expected.addAll(List.of(d(y, 1, 1), d(y, 1, 15), d(y, 3, 21), d(y, 4, 29), d(y, 5, 3), d(y, 5, 5),
          d(y, 9, y == 1951 ? 24 : 23), d(y, 11, 3), d(y, 11, 23)));
    }
    List<LocalDate> actual = HOLIDAYS.holidaysBetween(JapaneseHolidays.FIRST_DATE, d(1954, 12, 31)).stream()
        .map(Holiday::date).toList();
    assertEquals(57, actual.size());
    assertEquals(expected, actual);
    assertEquals(HolidayName.EMPERORS_BIRTHDAY, HOLIDAYS.holiday(d(1950, 4, 29)).orElseThrow().name());
    assertFalse(HOLIDAYS.isHoliday(d(1950, 1, 2)), "no substitute holiday before 1973-04-12");
  }

  @Test
  void theSubstituteRuleStartsOn1973April12() {
    assertEquals(java.time.DayOfWeek.SUNDAY, d(1973, 2, 11).getDayOfWeek());
    assertFalse(HOLIDAYS.isHoliday(d(1973, 2, 12)));
    assertEquals(HolidayKind.SUBSTITUTE, HOLIDAYS.holiday(d(1973, 4, 30)).orElseThrow().kind());
  }

  @Test
  void the2021OlympicMovesAreApplied() {
    assertEquals(HolidayName.MARINE_DAY, HOLIDAYS.holiday(d(2021, 7, 22)).orElseThrow().name());
    assertEquals(HolidayName.SPORTS_DAY, HOLIDAYS.holiday(d(2021, 7, 23)).orElseThrow().name());
    assertEquals(HolidayName.MOUNTAIN_DAY, HOLIDAYS.holiday(d(2021, 8, 8)).orElseThrow().name());
    assertEquals(HolidayKind.SUBSTITUTE, HOLIDAYS.holiday(d(2021, 8, 9)).orElseThrow().kind());
    assertFalse(HOLIDAYS.isHoliday(d(2021, 7, 19)));
    assertFalse(HOLIDAYS.isHoliday(d(2021, 10, 11)));
    assertFalse(HOLIDAYS.isHoliday(d(2021, 8, 11)));
  }

  /** holidays.md §2.2: the formula's values for 2028–2036, and March 19 in 2092 and 2096. */
  @Test
  void provisionalEquinoxDaysFollowTheNotes() {
    int[][] table = {{2028, 20, 22}, {2029, 20, 23}, {2030, 20, 23}, {2031, 21, 23}, {2032, 20, 22},
        {2033, 20, 23}, {2034, 20, 23}, {2035, 21, 23}, {2036, 20, 22}};
    for (int[] row : table) {
      assertEquals(HolidayName.VERNAL_EQUINOX_DAY, HOLIDAYS.holiday(d(row[0], 3, row[1])).orElseThrow().name());
      assertEquals(HolidayName.AUTUMNAL_EQUINOX_DAY, HOLIDAYS.holiday(d(row[0], 9, row[2])).orElseThrow().name());
    }
    assertEquals(HolidayName.VERNAL_EQUINOX_DAY, HOLIDAYS.holiday(d(2092, 3, 19)).orElseThrow().name());
    assertEquals(HolidayName.VERNAL_EQUINOX_DAY, HOLIDAYS.holiday(d(2096, 3, 19)).orElseThrow().name());
  }

  /** holidays.md §2.4: the citizens' holidays the rules give after the official list. */
  @Test
  void futureCitizensHolidaysFollowTheNotes() {
    List<LocalDate> expected = List.of(d(2032, 9, 21), d(2037, 9, 22), d(2043, 9, 22), d(2049, 9, 21),
        d(2054, 9, 22), d(2060, 9, 21), d(2071, 9, 22), d(2077, 9, 21), d(2088, 9, 21), d(2094, 9, 21),
        d(2099, 9, 22));
    List<LocalDate> actual = HOLIDAYS.holidaysBetween(d(2028, 1, 1), JapaneseHolidays.LAST_DATE).stream()
        .filter(h -> h.kind() == HolidayKind.CITIZENS).map(Holiday::date).toList();
    assertEquals(expected, actual);
  }

  @Test
  void yearsAfterTheLastAnnouncedYearAreProvisional() {
    assertFalse(HOLIDAYS.holiday(d(2027, 11, 23)).orElseThrow().provisional());
    assertTrue(HOLIDAYS.holiday(d(2028, 1, 1)).orElseThrow().provisional());
    JapaneseHolidays later = JapaneseHolidays.announcedThrough(2028);
    assertFalse(later.holiday(d(2028, 1, 1)).orElseThrow().provisional());
    assertTrue(later.holiday(d(2029, 1, 1)).orElseThrow().provisional());
    assertEquals(2028, later.lastAnnouncedYear());
    assertEquals(JapaneseHolidays.DEFAULT_LAST_ANNOUNCED_YEAR, HOLIDAYS.lastAnnouncedYear());
    assertEquals(2027, JapaneseHolidays.DEFAULT_LAST_ANNOUNCED_YEAR);
    assertTrue(HOLIDAYS.holidaysIn(2030).stream().allMatch(Holiday::provisional));
  }

  @Test
  void namesInJapaneseAndEnglish() {
    assertEquals(Optional.of("山の日"), HOLIDAYS.name(d(2026, 8, 11), Locale.JAPAN));
    assertEquals(Optional.of("Mountain Day"), HOLIDAYS.name(d(2026, 8, 11), Locale.ENGLISH));
    assertEquals(Optional.of("Mountain Day"), HOLIDAYS.name(d(2026, 8, 11), Locale.GERMANY));
    assertEquals(Optional.of("国民の休日"), HOLIDAYS.name(d(2026, 9, 22), Locale.JAPANESE));
    assertEquals(Optional.of("振替休日"), HOLIDAYS.name(d(2026, 5, 6), Locale.JAPAN));
    assertEquals(Optional.empty(), HOLIDAYS.name(d(2026, 5, 7), Locale.JAPAN));
    for (HolidayName name : HolidayName.values()) {
      assertFalse(name.japanese().isBlank());
      assertTrue(name.english().chars().allMatch(c -> c < 128), name::toString);
      assertEquals(name.japanese(), name.display(Locale.JAPAN));
      assertEquals(name.english(), name.display(Locale.US));
    }
  }

  @Test
  void nextAndPreviousHoliday() {
    assertEquals(d(2027, 1, 1), HOLIDAYS.nextHoliday(d(2026, 11, 23)).orElseThrow().date());
    assertEquals(d(2026, 11, 23), HOLIDAYS.previousHoliday(d(2027, 1, 1)).orElseThrow().date());
    assertEquals(d(2026, 9, 22), HOLIDAYS.nextHoliday(d(2026, 9, 21)).orElseThrow().date());
    assertEquals(Optional.empty(), HOLIDAYS.nextHoliday(d(2099, 11, 23)));
    assertEquals(Optional.empty(), HOLIDAYS.previousHoliday(d(1948, 9, 23)));
    assertEquals(d(1948, 9, 23), HOLIDAYS.nextHoliday(JapaneseHolidays.FIRST_DATE).orElseThrow().date());
  }

  @Test
  void hostileDates() {
    assertThrows(CalendarRangeException.class, () -> HOLIDAYS.isHoliday(d(1948, 7, 19)));
    assertFalse(HOLIDAYS.isHoliday(d(1948, 7, 20)));
    assertTrue(HOLIDAYS.isSupported(d(1948, 7, 20)));
    assertFalse(HOLIDAYS.isSupported(d(1948, 7, 19)));
    assertFalse(HOLIDAYS.isHoliday(d(2099, 12, 31)));
    assertTrue(HOLIDAYS.isSupported(d(2099, 12, 31)));
    assertFalse(HOLIDAYS.isSupported(d(2100, 1, 1)));
    assertThrows(CalendarRangeException.class, () -> HOLIDAYS.isHoliday(d(2100, 1, 1)));
    for (LocalDate hostile : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH.minusYears(100))) {
      assertFalse(HOLIDAYS.isSupported(hostile));
      CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> HOLIDAYS.isHoliday(hostile));
      assertTrue(e.getMessage().contains(hostile.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("1948-07-20 to 2099-12-31"), e.getMessage());
      assertEquals(JapaneseHolidays.FIRST_DATE, e.firstSupportedDate());
      assertEquals(JapaneseHolidays.LAST_DATE, e.lastSupportedDate());
      assertThrows(CalendarRangeException.class, () -> HOLIDAYS.holiday(hostile));
      assertThrows(CalendarRangeException.class, () -> HOLIDAYS.name(hostile, Locale.JAPAN));
      assertThrows(CalendarRangeException.class, () -> HOLIDAYS.nextHoliday(hostile));
      assertThrows(CalendarRangeException.class, () -> HOLIDAYS.previousHoliday(hostile));
    }
    assertThrows(CalendarRangeException.class, () -> HOLIDAYS.holidaysBetween(d(1948, 7, 19), d(1949, 1, 1)));
    assertThrows(CalendarRangeException.class, () -> HOLIDAYS.holidaysBetween(d(2099, 1, 1), LocalDate.MAX));
    assertThrows(IllegalArgumentException.class, () -> HOLIDAYS.holidaysBetween(d(2026, 2, 1), d(2026, 1, 1)));
    assertEquals(List.of(), HOLIDAYS.holidaysBetween(d(2026, 1, 2), d(2026, 1, 2)));
    assertEquals(1, HOLIDAYS.holidaysBetween(d(2026, 1, 1), d(2026, 1, 1)).size());
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1947, 2100, 10_000, Integer.MAX_VALUE})
  void yearsOutsideTheRangeAreRejected(int year) {
    CalendarRangeException e = assertThrows(CalendarRangeException.class, () -> HOLIDAYS.holidaysIn(year));
    assertTrue(e.getMessage().contains("year " + year), e.getMessage());
    assertThrows(CalendarRangeException.class, () -> JapaneseHolidays.announcedThrough(year));
  }

  @Test
  void edgeYears() {
    assertEquals(3, HOLIDAYS.holidaysIn(1948).size());
    assertEquals(HolidayName.LABOUR_THANKSGIVING_DAY, HOLIDAYS.holidaysIn(2099).get(HOLIDAYS.holidaysIn(2099).size() - 1).name());
  }
}
