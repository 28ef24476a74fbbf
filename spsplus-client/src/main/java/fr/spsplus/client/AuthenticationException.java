package fr.spsplus.client;

/**
 * The service did not accept the credentials: {@code 401 Unauthorized}. With OAuth 2.0 client
 * credentials, the client has already fetched a new token and replayed the call once before
 * throwing this.
 */
public final class AuthenticationException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 401)
   */
  public AuthenticationException(ServiceError error) {
    super(error);
  }
}
