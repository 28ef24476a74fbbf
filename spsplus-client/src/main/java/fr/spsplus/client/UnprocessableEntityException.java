package fr.spsplus.client;

/** The request is well formed but breaks the service's rules: {@code 422 Unprocessable Content}. */
public final class UnprocessableEntityException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 422)
   */
  public UnprocessableEntityException(ServiceError error) {
    super(error);
  }
}
