package fr.spsplus.client;

/**
 * The request conflicts with the current state of the resource: {@code 409 Conflict}. Services that
 * implement the {@code Idempotency-Key} header also answer 409 when a key is reused for a different
 * request, or while the first request with that key is still being processed.
 */
public final class ConflictException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 409)
   */
  public ConflictException(ServiceError error) {
    super(error);
  }
}
