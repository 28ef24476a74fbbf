package fr.spsplus.core.validation;

import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The preconfigured Jakarta Validation of spsplus (Hibernate Validator), with French messages by
 * default and English on request.
 *
 * <p>Every input type of spsplus carries Jakarta constraints on its components; hard invariants
 * stay in constructors. This class validates explicitly, where data enters a system (a form, a
 * file, a request body):
 *
 * <pre>{@code
 * List<Violation> problems = SpsplusValidation.french().validate(experience);
 * SpsplusValidation.english().requireValid(experience); // throws ValidationFailedException
 * }</pre>
 *
 * <p>Messages come from Hibernate Validator's own bundles for the standard constraints, and from
 * the bundle {@code fr/spsplus/core/validation/messages} for spsplus's constraints, whose message
 * templates are keys of the form {@code {spsplus.<rule>}}. Interpolation uses {@link
 * ParameterMessageInterpolator}: parameters such as {@code {min}} are supported, Expression
 * Language is not (no EL implementation is needed on the class path).
 *
 * <p>Instances are immutable and thread-safe; the two language instances are built once, lazily.
 */
public final class SpsplusValidation {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(SpsplusValidation.class, "messages");

  private final Locale locale;
  private final Validator validator;

  private SpsplusValidation(Locale locale) {
    this.locale = locale;
    ParameterMessageInterpolator standard =
        new ParameterMessageInterpolator(Set.of(Locale.FRENCH, Locale.ENGLISH), locale, false);
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new SpsplusInterpolator(standard, locale))
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Returns the validation with French messages (the default).
   *
   * @return the French instance
   */
  public static SpsplusValidation french() {
    return Holder.FRENCH;
  }

  /**
   * Returns the validation with English messages.
   *
   * @return the English instance
   */
  public static SpsplusValidation english() {
    return Holder.ENGLISH;
  }

  /**
   * Returns the validation in the reader's language: English for {@code en}, French otherwise.
   *
   * @param locale the reader's locale
   * @return the instance
   */
  public static SpsplusValidation forLocale(Locale locale) {
    return "en".equals(locale.getLanguage()) ? english() : french();
  }

  /**
   * Returns the language of the messages.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the underlying Jakarta {@link Validator}, for frameworks that want one.
   *
   * @return the validator
   */
  public Validator validator() {
    return validator;
  }

  /**
   * Validates an object and its cascaded components.
   *
   * @param value the object to validate
   * @return the violations sorted by path then constraint, empty when the object is valid
   */
  public List<Violation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    return toViolations(validator.validate(value));
  }

  /**
   * Validates an object and throws if it breaks any rule.
   *
   * @param <T> the object's type
   * @param value the object to validate
   * @return the object, valid
   * @throws ValidationFailedException listing every violation, in French and in English
   */
  public <T> T requireValid(T value) {
    List<Violation> violations = validate(value);
    if (violations.isEmpty()) {
      return value;
    }
    List<Violation> french = locale == Locale.FRENCH ? violations : french().validate(value);
    List<Violation> english = locale == Locale.ENGLISH ? violations : english().validate(value);
    return throwFailure(value, french, english);
  }

  private static <T> T throwFailure(Object value, List<Violation> french, List<Violation> english) {
    throw new ValidationFailedException(value.getClass().getSimpleName(), french, english);
  }

  private static List<Violation> toViolations(Set<? extends ConstraintViolation<?>> violations) {
    if (violations.isEmpty()) {
      return List.of(); // the common case, a valid object: no stream, no sort
    }
    return violations.stream()
        .map(
            v ->
                new Violation(
                    v.getPropertyPath().toString(),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    v.getMessage()))
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::constraint))
        .toList();
  }

  /**
   * Resolves spsplus's own message keys ({@code {spsplus.…}}) from its bundle, then lets Hibernate
   * Validator substitute the parameters and handle the standard constraints.
   */
  private static final class SpsplusInterpolator implements MessageInterpolator {
    private final MessageInterpolator standard;
    private final Locale locale;

    SpsplusInterpolator(MessageInterpolator standard, Locale locale) {
      this.standard = standard;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale requested) {
      String resolved = template;
      if (template.startsWith("{spsplus.") && template.endsWith("}")) {
        String key = template.substring(1, template.length() - 1);
        resolved = MESSAGES.pattern(requested, key);
      }
      return standard.interpolate(resolved, context, requested);
    }
  }

  private static final class Holder {
    static final SpsplusValidation FRENCH = new SpsplusValidation(Locale.FRENCH);
    static final SpsplusValidation ENGLISH = new SpsplusValidation(Locale.ENGLISH);
  }
}
