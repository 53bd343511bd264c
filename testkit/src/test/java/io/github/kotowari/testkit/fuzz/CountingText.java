package io.github.kotowari.testkit.fuzz;

/**
 * A {@link CharSequence} that counts how many characters an entry point reads from it, so a fuzz target
 * can check the promised bound on the work ("input longer than N is rejected before it is read",
 * "a bounded number of linear passes") as a count instead of a timing. {@code toString()} and {@code subSequence}
 * count as reading every character they copy.
 */
final class CountingText implements CharSequence {
  private final String text;
  private long reads;

  CountingText(String text) {
    this.text = text;
  }

  long reads() {
    return reads;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    reads++;
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    reads += end - start;
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    reads += text.length();
    return text;
  }
}
