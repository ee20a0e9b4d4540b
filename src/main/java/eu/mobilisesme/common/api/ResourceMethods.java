package eu.mobilisesme.common.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods each resource path accepts, read once from the resources' JAX-RS annotations, so that a 405
 * can say in {@code Allow} what the path does support (the framework's 405 does not).
 */
@Singleton
public class ResourceMethods {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^{}]+))?}");

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    public ResourceMethods(BeanManager beanManager) {
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                addRoutes(bean.getBeanClass(), classPath.value());
            }
        }
    }

    /** The methods allowed at {@code path}, as an {@code Allow} value; null when no resource matches it. */
    public String allowedAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private void addRoutes(Class<?> resource, String classPath) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod != null) {
                Path methodPath = method.getAnnotation(Path.class);
                String template = "/" + classPath + "/" + (methodPath == null ? "" : methodPath.value());
                routes.add(new Route(pattern(template), httpMethod));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** {@code /api/v1/smes/{id}/history} as a regular expression over request paths. */
    static Pattern pattern(String template) {
        String normalised = ("/" + template).replaceAll("/+", "/");
        if (normalised.length() > 1 && normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(normalised);
        int literalStart = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(normalised.substring(literalStart, variable.start())));
            regex.append('(').append(variable.group(1) == null ? "[^/]+" : variable.group(1).strip()).append(')');
            literalStart = variable.end();
        }
        regex.append(Pattern.quote(normalised.substring(literalStart))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
