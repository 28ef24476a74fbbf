package fr.spsplus.client;

/** The resource does not exist: {@code 404 Not Found} (for open data, often a wrong dataset id). */
public final class NotFoundException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 404)
   */
  public NotFoundException(ServiceError error) {
    super(error);
  }
}
