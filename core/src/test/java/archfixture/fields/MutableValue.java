package archfixture.fields;

/** A public class of an API package with a non-final field: violates the immutability rule. */
public final class MutableValue {
  int count;

  public int count() {
    return count++;
  }
}
