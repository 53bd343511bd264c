package io.github.kotowari.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The evaluated holidays of the supported range: a bit per day for O(1) membership, and the sorted
 * epoch days with their names for ordered queries by binary search.
 */
final class HolidayTable {
  static final LocalDate FIRST_DATE = LocalDate.of(1948, 7, 20);
  static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);
  static final int FIRST_EPOCH_DAY = (int) FIRST_DATE.toEpochDay();
  static final int LAST_EPOCH_DAY = (int) LAST_DATE.toEpochDay();
  static final int DAYS = LAST_EPOCH_DAY - FIRST_EPOCH_DAY + 1;

  private final long[] bits;
  private final int[] epochDays;
  private final HolidayName[] names;

  private HolidayTable(long[] bits, int[] epochDays, HolidayName[] names) {
    this.bits = bits;
    this.epochDays = epochDays;
    this.names = names;
  }

  static HolidayTable of(HolidayName[] byDay) {
    long[] bits = new long[(byDay.length + 63) >>> 6];
    int count = 0;
    for (HolidayName n : byDay) {
      if (n != null) {
        count++;
      }
    }
    int[] epochDays = new int[count];
    HolidayName[] names = new HolidayName[count];
    int k = 0;
    for (int i = 0; i < byDay.length; i++) {
      if (byDay[i] != null) {
        bits[i >>> 6] |= 1L << i;
        epochDays[k] = FIRST_EPOCH_DAY + i;
        names[k] = byDay[i];
        k++;
      }
    }
    return new HolidayTable(bits, epochDays, names);
  }

  /** The index of {@code date} in the supported range; the caller has checked the range. */
  static int index(LocalDate date) {
    return (int) date.toEpochDay() - FIRST_EPOCH_DAY;
  }

  /** Whether {@code epochDay} lies in the supported range. */
  static boolean inRange(long epochDay) {
    return epochDay >= FIRST_EPOCH_DAY && epochDay <= LAST_EPOCH_DAY;
  }

  static DayOfWeek dayOfWeek(int index) {
    // 1970-01-01 (epoch day 0) was a Thursday.
    return DayOfWeek.of((int) Math.floorMod(FIRST_EPOCH_DAY + index + 3L, 7L) + 1);
  }

  boolean isHolidayIndex(int index) {
    return (bits[index >>> 6] & (1L << index)) != 0;
  }

  int size() {
    return epochDays.length;
  }

  int epochDayAt(int k) {
    return epochDays[k];
  }

  HolidayName nameAt(int k) {
    return names[k];
  }

  /** The position of the first holiday on or after {@code epochDay} (may be {@link #size()}). */
  int ceiling(long epochDay) {
    int p = Arrays.binarySearch(epochDays, (int) epochDay);
    return p >= 0 ? p : -p - 1;
  }
}
