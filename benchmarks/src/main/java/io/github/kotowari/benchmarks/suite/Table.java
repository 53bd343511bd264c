package io.github.kotowari.benchmarks.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders rows as one Markdown table, aligned so that it also reads well in a terminal. */
public final class Table {

  static final List<String> HEADER = List.of(
      "Benchmark", "Params", "Ours ns/op", "±", "Ours B/op",
      "Reference", "Ref ns/op", "±", "Ref B/op", "Ours/Ref");

  private Table() {}

  /**
   * Formats a figure with about three significant digits; {@code –} for NaN.
   *
   * @param value the figure
   * @return its text
   */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    } else if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    } else if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    } else if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /**
   * Formats a ratio with its error, such as {@code 0.041 ± 0.003}.
   *
   * @param row the row
   * @return the ratio's text, empty without a reference
   */
  public static String ratio(Row row) {
    if (row.reference() == null) {
      return "";
    }
    String error = Double.isNaN(row.ratioError()) ? "" : " ± " + number(row.ratioError());
    return number(row.ratio()) + error;
  }

  /**
   * Returns the cells of one row, in header order.
   *
   * @param row the row
   * @return its cells
   */
  static List<String> cells(Row row) {
    Measurement ours = row.ours();
    Measurement reference = row.reference();
    List<String> cells = new ArrayList<>();
    cells.add(ours.name());
    cells.add(ours.paramsText());
    cells.add(number(ours.nanosPerOp()));
    cells.add(number(ours.nanosError()));
    cells.add(number(ours.bytesPerOp()));
    cells.add(row.referenceName());
    cells.add(reference == null ? "" : number(reference.nanosPerOp()));
    cells.add(reference == null ? "" : number(reference.nanosError()));
    cells.add(reference == null ? "" : number(reference.bytesPerOp()));
    cells.add(ratio(row));
    return cells;
  }

  /**
   * Renders the rows as an aligned Markdown table (numbers right-aligned).
   *
   * @param rows the rows
   * @return the table, one line per row after the header and the separator, each ending in a newline
   */
  public static String render(List<Row> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(HEADER);
    for (Row row : rows) {
      all.add(cells(row));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> cells : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], cells.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      appendLine(out, all.get(r), widths);
      if (r == 0) {
        List<String> separator = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
          String dashes = "-".repeat(Math.max(1, widths[i] - 1));
          separator.add(rightAligned(i) ? dashes + ":" : dashes + "-");
        }
        appendLine(out, separator, widths);
      }
    }
    return out.toString();
  }

  private static boolean rightAligned(int column) {
    return column != 0 && column != 1 && column != 5;
  }

  private static void appendLine(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < widths.length; i++) {
      String cell = cells.get(i).replace("|", "\\|");
      String pad = " ".repeat(Math.max(0, widths[i] - cell.length()));
      out.append(' ').append(rightAligned(i) ? pad + cell : cell + pad).append(" |");
    }
    out.append('\n');
  }
}
