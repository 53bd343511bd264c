package io.github.kotowari.core.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The rules of the Act on National Holidays (国民の祝日に関する法律, 1948) and the acts around it,
 * evaluated once over the whole supported range into a compact table.
 *
 * <p>Evaluation order, for every year: (1) the named national holidays and the one-off days;
 * (2) substitute holidays, where only the days of step 1 block "the nearest day"; (3) citizens'
 * holidays, whose neighbours must be days of step 1. Nothing here is a list of dates except the
 * one-off days and the Olympic moves, which the law itself lists.
 */
final class HolidayRules {
  /** 昭48-法10 in force: the first day on which a Sunday national holiday gives a substitute. */
  static final LocalDate SUBSTITUTE_RULE_START = LocalDate.of(1973, 4, 12);
  /** 昭60-法103 in force: the first day of the citizens' holiday rule. */
  static final LocalDate CITIZENS_RULE_START = LocalDate.of(1985, 12, 27);
  /** 平17-法43 in force: the substitute skips following holidays, citizens' days may be any day. */
  static final LocalDate RULES_OF_2007 = LocalDate.of(2007, 1, 1);

  /** The table every {@link JapaneseHolidays} shares: the rules do not depend on any parameter. */
  static final HolidayTable TABLE = evaluate();

  private HolidayRules() {}

  /** Receives the named holidays of one year. */
  private static final class YearBuilder {
    private final HolidayName[] byDay;
    private final int year;

    YearBuilder(HolidayName[] byDay, int year) {
      this.byDay = byDay;
      this.year = year;
    }

    void on(int month, int day, HolidayName name) {
      at(LocalDate.of(year, month, day), name);
    }

    void onMonday(int month, int nth, HolidayName name) {
      at(LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, MONDAY)), name);
    }

    void at(LocalDate date, HolidayName name) {
      if (date.isBefore(HolidayTable.FIRST_DATE)) {
        return; // the act took effect on 1948-07-20
      }
      byDay[HolidayTable.index(date)] = name;
    }
  }

  /** The named national holidays and one-off days of {@code year} (step 1). */
  private static void named(YearBuilder b, int y) {
    b.on(1, 1, HolidayName.NEW_YEARS_DAY);
    if (y <= 1999) {
      b.on(1, 15, HolidayName.COMING_OF_AGE_DAY);
    } else {
      b.onMonday(1, 2, HolidayName.COMING_OF_AGE_DAY);
    }
    if (y >= 1967) {
      b.on(2, 11, HolidayName.NATIONAL_FOUNDATION_DAY);
    }
    if (y >= 2020) {
      b.on(2, 23, HolidayName.EMPERORS_BIRTHDAY);
    }
    b.on(3, vernalEquinoxDay(y), HolidayName.VERNAL_EQUINOX_DAY);
    if (y <= 1988) {
      b.on(4, 29, HolidayName.EMPERORS_BIRTHDAY);
    } else if (y <= 2006) {
      b.on(4, 29, HolidayName.GREENERY_DAY);
    } else {
      b.on(4, 29, HolidayName.SHOWA_DAY);
    }
    b.on(5, 3, HolidayName.CONSTITUTION_MEMORIAL_DAY);
    if (y >= 2007) {
      b.on(5, 4, HolidayName.GREENERY_DAY);
    }
    b.on(5, 5, HolidayName.CHILDRENS_DAY);
    // Olympic special-measures act (平27-法33 as amended in 2018 and in 2020) moved three days.
    if (y == 2020) {
      b.on(7, 23, HolidayName.MARINE_DAY);
      b.on(7, 24, HolidayName.SPORTS_DAY);
      b.on(8, 10, HolidayName.MOUNTAIN_DAY);
    } else if (y == 2021) {
      b.on(7, 22, HolidayName.MARINE_DAY);
      b.on(7, 23, HolidayName.SPORTS_DAY);
      b.on(8, 8, HolidayName.MOUNTAIN_DAY);
    } else {
      if (y >= 1996 && y <= 2002) {
        b.on(7, 20, HolidayName.MARINE_DAY);
      } else if (y >= 2003) {
        b.onMonday(7, 3, HolidayName.MARINE_DAY);
      }
      if (y >= 2016) {
        b.on(8, 11, HolidayName.MOUNTAIN_DAY);
      }
      if (y >= 1966 && y <= 1999) {
        b.on(10, 10, HolidayName.HEALTH_AND_SPORTS_DAY);
      } else if (y >= 2000 && y <= 2019) {
        b.onMonday(10, 2, HolidayName.HEALTH_AND_SPORTS_DAY);
      } else if (y >= 2022) {
        b.onMonday(10, 2, HolidayName.SPORTS_DAY);
      }
    }
    if (y >= 1966 && y <= 2002) {
      b.on(9, 15, HolidayName.RESPECT_FOR_THE_AGED_DAY);
    } else if (y >= 2003) {
      b.onMonday(9, 3, HolidayName.RESPECT_FOR_THE_AGED_DAY);
    }
    b.on(9, autumnalEquinoxDay(y), HolidayName.AUTUMNAL_EQUINOX_DAY);
    b.on(11, 3, HolidayName.CULTURE_DAY);
    b.on(11, 23, HolidayName.LABOUR_THANKSGIVING_DAY);
    if (y >= 1989 && y <= 2018) {
      b.on(12, 23, HolidayName.EMPERORS_BIRTHDAY);
    }
    // One-off days, each made a holiday by its own act.
    switch (y) {
      case 1959 -> b.on(4, 10, HolidayName.WEDDING_OF_CROWN_PRINCE_AKIHITO);
      case 1989 -> b.on(2, 24, HolidayName.FUNERAL_OF_EMPEROR_SHOWA);
      case 1990 -> b.on(11, 12, HolidayName.ENTHRONEMENT_CEREMONY_1990);
      case 1993 -> b.on(6, 9, HolidayName.WEDDING_OF_CROWN_PRINCE_NARUHITO);
      case 2019 -> {
        b.on(5, 1, HolidayName.ENTHRONEMENT_DAY_2019);
        b.on(10, 22, HolidayName.ENTHRONEMENT_CEREMONY_2019);
      }
      default -> { }
    }
  }

  /**
   * The day of March of the vernal equinox in Japan Standard Time, by the approximation of
   * 『新こよみ便利帳』 (1900–2099). Java's {@code int} division truncates toward zero, which is the
   * rounding the formula was published with: for years before 1983 {@code (y - 1983) / 4} is
   * negative, and floor division would put 36 equinox days of 1956–1978 one day late.
   */
  static int vernalEquinoxDay(int y) {
    if (y < 1980) {
      return (int) (20.8357 + 0.242194 * (y - 1980) - (y - 1983) / 4);
    }
    return (int) (20.8431 + 0.242194 * (y - 1980) - (y - 1980) / 4);
  }

  /** The day of September of the autumnal equinox in Japan Standard Time; see {@link #vernalEquinoxDay}. */
  static int autumnalEquinoxDay(int y) {
    if (y < 1980) {
      return (int) (23.2588 + 0.242194 * (y - 1980) - (y - 1983) / 4);
    }
    return (int) (23.2488 + 0.242194 * (y - 1980) - (y - 1980) / 4);
  }

  private static boolean isNational(HolidayName name) {
    return name.kind() == HolidayKind.NATIONAL || name.kind() == HolidayKind.ONE_OFF;
  }

  private static HolidayTable evaluate() {
    HolidayName[] byDay = new HolidayName[HolidayTable.DAYS];
    for (int y = HolidayTable.FIRST_DATE.getYear(); y <= HolidayTable.LAST_DATE.getYear(); y++) {
      named(new YearBuilder(byDay, y), y);
    }
    int substituteStart = HolidayTable.index(SUBSTITUTE_RULE_START);
    int citizensStart = HolidayTable.index(CITIZENS_RULE_START);
    int rules2007 = HolidayTable.index(RULES_OF_2007);
    // Step 2: substitute holidays.
    for (int i = substituteStart; i < byDay.length; i++) {
      HolidayName name = byDay[i];
      if (name == null || !isNational(name) || HolidayTable.dayOfWeek(i) != SUNDAY) {
        continue;
      }
      int j = i + 1;
      if (i >= rules2007) {
        while (j < byDay.length && byDay[j] != null && isNational(byDay[j])) {
          j++;
        }
      }
      if (j < byDay.length && byDay[j] == null) {
        byDay[j] = HolidayName.SUBSTITUTE_HOLIDAY;
      }
    }
    // Step 3: citizens' holidays (substitute days already hold their day, so they are excluded).
    for (int i = Math.max(citizensStart, 1); i < byDay.length - 1; i++) {
      HolidayName before = byDay[i - 1];
      HolidayName after = byDay[i + 1];
      if (byDay[i] != null || before == null || after == null || !isNational(before) || !isNational(after)) {
        continue;
      }
      if (i < rules2007 && HolidayTable.dayOfWeek(i) == SUNDAY) {
        continue; // the 1985 wording excludes Sundays
      }
      byDay[i] = HolidayName.CITIZENS_HOLIDAY;
    }
    return HolidayTable.of(byDay);
  }
}
