package archfixture.cycle.b;

/** The other half of a deliberate package cycle (b → a → b). */
public final class B {
  private B() {}

  public static Class<?> other() {
    return archfixture.cycle.a.A.class;
  }
}
