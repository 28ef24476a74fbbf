package fr.spsplus.client;

/** The credentials are valid but do not allow this call: {@code 403 Forbidden}. */
public final class PermissionDeniedException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 403)
   */
  public PermissionDeniedException(ServiceError error) {
    super(error);
  }
}
