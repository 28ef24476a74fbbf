package fr.spsplus.client;

/**
 * The service failed: a status from 500 to 599. Idempotent calls have already been retried
 * according to the client's {@link RetryPolicy} when this is thrown.
 */
public final class ServerException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 500 to 599)
   */
  public ServerException(ServiceError error) {
    super(error);
  }
}
