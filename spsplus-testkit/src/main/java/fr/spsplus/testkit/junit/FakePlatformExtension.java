package fr.spsplus.testkit.junit;

import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.testkit.FakePlatform;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContextException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link WithFakePlatform}: starts the fake lazily, the first time a
 * parameter asks for it, keeps it in the extension context's store, and closes it (and the clients
 * it made) after the test. Registered by the annotation; use the annotation rather than this class.
 */
public final class FakePlatformExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakePlatformExtension.class);

  /** Creates the extension (JUnit does). */
  public FakePlatformExtension() {}

  /** The fake of one test, with the clients injected; closed with the test's context. */
  static final class Resources implements AutoCloseable {

    private final FakePlatform fake;
    private @Nullable PlatformClient platform;
    private @Nullable OpenDataClient openData;
    private boolean closed;

    Resources(FakePlatform fake) {
      this.fake = fake;
    }

    synchronized PlatformClient platform() {
      if (platform == null) {
        platform = fake.platformClient().build();
      }
      return platform;
    }

    synchronized OpenDataClient openData() {
      if (openData == null) {
        openData = fake.openDataClient().build();
      }
      return openData;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (platform != null) {
          platform.close();
        }
        if (openData != null) {
          openData.close();
        }
      } finally {
        fake.close();
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakePlatform.class
        || type == PlatformClient.class
        || type == OpenDataClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Resources resources = resources(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == FakePlatform.class) {
      return resources.fake;
    }
    if (type == PlatformClient.class) {
      return resources.platform();
    }
    if (type == OpenDataClient.class) {
      return resources.openData();
    }
    throw new ParameterResolutionException("not a fake-platform parameter: " + type.getName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
    if (resources != null) {
      resources.close();
    }
  }

  private static Resources resources(ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Resources.class, k -> new Resources(start(settings(context))), Resources.class);
  }

  private static WithFakePlatform settings(ExtensionContext context) {
    Optional<WithFakePlatform> onMethod =
        context
            .getTestMethod()
            .flatMap(m -> AnnotationSupport.findAnnotation(m, WithFakePlatform.class));
    if (onMethod.isPresent()) {
      return onMethod.get();
    }
    for (Optional<Class<?>> type = context.getTestClass();
        type.isPresent();
        type = Optional.ofNullable(type.get().getEnclosingClass())) {
      Optional<WithFakePlatform> onClass =
          AnnotationSupport.findAnnotation(type.get(), WithFakePlatform.class);
      if (onClass.isPresent()) {
        return onClass.get();
      }
    }
    throw new ExtensionContextException("@WithFakePlatform not found");
  }

  private static FakePlatform start(WithFakePlatform settings) {
    FakePlatform.Builder builder =
        FakePlatform.builder()
            .pathPrefix(settings.pathPrefix())
            .moderationDelay(Duration.ofSeconds(settings.moderationDelaySeconds()))
            .personalDataScreening(settings.personalDataScreening());
    if (settings.manualModeration()) {
      builder.manualModeration();
    }
    if (!settings.defaultDatasets()) {
      builder.withoutDefaultDatasets();
    }
    configurer(settings.configurer()).configure(builder);
    return builder.start();
  }

  private static FakePlatformConfigurer configurer(Class<? extends FakePlatformConfigurer> type) {
    try {
      Constructor<? extends FakePlatformConfigurer> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new ExtensionContextException(
          "cannot create the configurer " + type.getName() + ": it needs a no-argument constructor",
          e);
    }
  }
}
