package archfixture.fields.internal;

/** The same shape in an internal package: allowed. */
public final class MutableHelper {
  int count;

  public int count() {
    return count++;
  }
}
