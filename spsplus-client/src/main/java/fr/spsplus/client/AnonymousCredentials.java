package fr.spsplus.client;

/** No credentials: requests are sent as they are. */
final class AnonymousCredentials implements Credentials {

  static final AnonymousCredentials INSTANCE = new AnonymousCredentials();

  private AnonymousCredentials() {}

  @Override
  public String toString() {
    return "Credentials.none()";
  }
}
