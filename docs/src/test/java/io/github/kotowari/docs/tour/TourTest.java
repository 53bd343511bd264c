package io.github.kotowari.docs.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README quotes the tour's output; this test holds the quoted text and compares it with the run. */
class TourTest {

  @Test
  void theReadmeShowsTheTourAsItRuns() {
    String readme = """
        == 1. Your own rules: an order of ¥300,001 by express shipping, two rules ==
        判定: 不可（理由 2 件）
        1. 合計 300,001円 が上限 300,000円 を超えています。 [tour.amount-over-limit]
           → 注文を分けてください。
        2. お急ぎ便ではこの支払い方法を利用できません。 [tour.express-shipping]
           → 通常配送を選んでください。
        Decision: not allowed (2 reasons)
        1. The total ¥300,001 exceeds the limit of ¥300,000. [tour.amount-over-limit]
           → Split the order.
        2. This payment method is not offered with express shipping. [tour.express-shipping]
           → Choose standard shipping.

        == 2. The Japanese calendar: national holidays of 2026 ==
        2026-01-01 元日 / New Year's Day
        2026-01-12 成人の日 / Coming of Age Day
        2026-02-11 建国記念の日 / National Foundation Day
        2026-02-23 天皇誕生日 / The Emperor's Birthday
        2026-03-20 春分の日 / Vernal Equinox Day
        2026-04-29 昭和の日 / Showa Day
        2026-05-03 憲法記念日 / Constitution Memorial Day
        2026-05-04 みどりの日 / Greenery Day
        2026-05-05 こどもの日 / Children's Day
        2026-05-06 振替休日 / Substitute Holiday
        2026-07-20 海の日 / Marine Day
        2026-08-11 山の日 / Mountain Day
        2026-09-21 敬老の日 / Respect for the Aged Day
        2026-09-22 国民の休日 / Citizens' Holiday
        2026-09-23 秋分の日 / Autumnal Equinox Day
        2026-10-12 スポーツの日 / Sports Day
        2026-11-03 文化の日 / Culture Day
        2026-11-23 勤労感謝の日 / Labour Thanksgiving Day
        Next business day after 2026-12-30: 2026-12-31 (weekends and holidays closed), 2027-01-04 (banks, also closed 12-31 to 01-03)
        """;
    assertEquals(readme, Tour.text());
  }

  /**
   * The holidays the tour lists are the Cabinet Office's list for that year (the copy core's oracle
   * test uses), where 休日 is either a substitute or a citizens' holiday.
   */
  @Test
  void theTourListsTheCabinetOfficeHolidaysOfItsYear() throws IOException {
    Path list = Path.of("..", "core", "src", "test", "resources", "io", "github", "kotowari", "core",
        "calendar", "jp_holidays.tsv");
    List<String> official = Files.readAllLines(list, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith(Tour.YEAR + "-"))
        .map(line -> line.split("\t"))
        .map(cols -> cols[0] + " " + cols[1])
        .collect(Collectors.toList());
    List<String> listed = Tour.text().lines()
        .filter(line -> line.startsWith(Tour.YEAR + "-"))
        .map(line -> line.substring(0, line.indexOf(" / ")))
        .map(line -> line.replace("振替休日", "休日").replace("国民の休日", "休日"))
        .collect(Collectors.toList());
    assertEquals(official, listed);
  }
}
