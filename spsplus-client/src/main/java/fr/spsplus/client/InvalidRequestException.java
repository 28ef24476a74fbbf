package fr.spsplus.client;

/**
 * The service refused the request as malformed: {@code 400 Bad Request}. For Opendatasoft, the
 * {@linkplain #errorCode() error code} is for example {@code ODSQLError} (a malformed ODSQL clause)
 * or {@code InvalidRESTParameterError} (a parameter out of its bounds).
 */
public final class InvalidRequestException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 400)
   */
  public InvalidRequestException(ServiceError error) {
    super(error);
  }
}
