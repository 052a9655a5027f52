package org.livebrief.testing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every JAX-RS resource method of the application, found by reflection over the compiled classes of
 * {@code org.livebrief}: the HTTP method (any annotation meta-annotated with {@link HttpMethod}, so a
 * future {@code @PATCH} counts) and the full path template under the context root. Tests that must cover
 * every endpoint enumerate these, so a new endpoint cannot be left out. Sub-resource locators (a
 * {@code @Path} without an HTTP method) are refused: this scan could not follow them.
 */
public final class ResourceMethods {

    public record Endpoint(String httpMethod, String template, Method method) {

        /** The template with every path parameter replaced by {@code value}. */
        public String path(String value) {
            return template.replaceAll("\\{[^}]+}", value);
        }

        public boolean changesState() {
            return !List.of("GET", "HEAD", "OPTIONS").contains(httpMethod);
        }

        @Override
        public String toString() {
            return httpMethod + " " + template + " (" + method.getDeclaringClass().getSimpleName() + "."
                    + method.getName() + ")";
        }
    }

    private ResourceMethods() {
    }

    public static List<Endpoint> all() {
        List<Class<?>> classes = classes();
        String root = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ApplicationPath in org.livebrief"));
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                Path methodPath = method.getAnnotation(Path.class);
                if (httpMethod == null && methodPath != null) {
                    throw new IllegalStateException("sub-resource locator " + method + ": extend ResourceMethods");
                }
                if (httpMethod != null) {
                    endpoints.add(new Endpoint(httpMethod, join(root, classPath.value(),
                            methodPath == null ? "" : methodPath.value()), method));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** A servlet or filter of the application and one of its URL patterns, without the leading slash. */
    public record WebComponent(String kind, String pattern, Class<?> type) {
    }

    /**
     * Every {@code @WebServlet} and {@code @WebFilter} URL pattern of the application: what serves requests (or
     * stands in front of them) outside JAX-RS.
     */
    public static List<WebComponent> webComponents() {
        List<WebComponent> components = new ArrayList<>();
        for (Class<?> type : classes()) {
            jakarta.servlet.annotation.WebServlet servlet = type.getAnnotation(jakarta.servlet.annotation.WebServlet.class);
            if (servlet != null) {
                Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns()))
                        .forEach(p -> components.add(new WebComponent("servlet", p.replaceFirst("^/", ""), type)));
            }
            jakarta.servlet.annotation.WebFilter filter = type.getAnnotation(jakarta.servlet.annotation.WebFilter.class);
            if (filter != null) {
                Stream.concat(Stream.of(filter.value()), Stream.of(filter.urlPatterns()))
                        .forEach(p -> components.add(new WebComponent("filter", p.replaceFirst("^/", ""), type)));
            }
        }
        components.sort(Comparator.comparing(WebComponent::pattern).thenComparing(WebComponent::kind));
        return components;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append(path.length() == 0 ? "" : "/").append(trimmed);
            }
        }
        return path.toString();
    }

    /** The application's classes: the compiled output of src/main/java, where the test classpath has it. */
    private static List<Class<?>> classes() {
        URL url = ResourceMethods.class.getClassLoader().getResource("org/livebrief/platform/LivebriefApplication.class");
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("the application's classes are not a directory on the classpath: " + url);
        }
        try {
            java.nio.file.Path base = Paths.get(url.toURI()).getParent().getParent().getParent().getParent();
            try (Stream<java.nio.file.Path> files = Files.walk(base.resolve("org/livebrief"))) {
                return files.map(base::relativize).map(String::valueOf)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .map(ResourceMethods::load)
                        .<Class<?>>map(c -> c)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
