package org.guildhall.portal.registry;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request matching of JAX-RS 3.1 §3.7.2 (step 2 and 3, sub-resource methods of one resource class)
 * and the template-to-regex rule of §3.7.3, for checking a resource's paths without a container.
 */
final class JaxRsRoutes {

    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?\\}");

    /** The method chosen and its first template parameter's value. */
    record Route(Method method, String firstParameter) {
    }

    /** Thrown where a container answers 404 or 405. */
    static final class NoRoute extends RuntimeException {
        final int status;

        NoRoute(int status) {
            super("HTTP " + status);
            this.status = status;
        }
    }

    private record Template(String template, Pattern regex, int literals, int parameters, int customParameters) {

        static Template of(String template) {
            String trimmed = template.replaceAll("^/+|/+$", "");
            StringBuilder regex = new StringBuilder();
            Matcher m = PARAM.matcher(trimmed);
            int last = 0;
            int literals = 0;
            int parameters = 0;
            int custom = 0;
            while (m.find()) {
                regex.append(Pattern.quote(trimmed.substring(last, m.start())));
                literals += m.start() - last;
                parameters++;
                if (m.group(2) != null) {
                    custom++;
                    regex.append('(').append(m.group(2).strip()).append(')');
                } else {
                    regex.append("([^/]+)");
                }
                last = m.end();
            }
            regex.append(Pattern.quote(trimmed.substring(last)));
            literals += trimmed.length() - last;
            return new Template(trimmed, Pattern.compile(regex + "(/.*)?"), literals, parameters, custom);
        }
    }

    private JaxRsRoutes() {
    }

    static Route route(Class<?> resource, String httpMethod, String remainingPath) {
        String path = remainingPath.replaceAll("^/+", "");
        List<Method> candidates = new ArrayList<>();
        if (path.isEmpty()) {
            Arrays.stream(resource.getMethods()).filter(m -> designator(m) != null && !m.isAnnotationPresent(Path.class))
                    .forEach(candidates::add);
            return pick(candidates, httpMethod, null, path);
        }
        List<Template> matching = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            if (designator(method) == null || !method.isAnnotationPresent(Path.class)) {
                continue;
            }
            Template template = Template.of(method.getAnnotation(Path.class).value());
            Matcher m = template.regex().matcher(path);
            if (m.matches() && (m.group(m.groupCount()) == null || m.group(m.groupCount()).equals("/"))) {
                matching.add(template);
            }
        }
        if (matching.isEmpty()) {
            throw new NoRoute(404);
        }
        matching.sort(Comparator.comparingInt(Template::literals).reversed()
                .thenComparing(Comparator.comparingInt(Template::parameters).reversed())
                .thenComparing(Comparator.comparingInt(Template::customParameters).reversed()));
        Template chosen = matching.get(0);
        for (Method method : resource.getMethods()) {
            if (designator(method) != null && method.isAnnotationPresent(Path.class)
                    && Template.of(method.getAnnotation(Path.class).value()).regex().pattern().equals(chosen.regex().pattern())) {
                candidates.add(method);
            }
        }
        return pick(candidates, httpMethod, chosen, path);
    }

    private static Route pick(List<Method> candidates, String httpMethod, Template template, String path) {
        Optional<Method> method = candidates.stream().filter(m -> httpMethod.equals(designator(m))).findFirst();
        if (method.isEmpty()) {
            throw new NoRoute(candidates.isEmpty() ? 404 : 405);
        }
        String parameter = null;
        if (template != null && template.parameters() > 0) {
            Matcher m = template.regex().matcher(path);
            m.matches();
            parameter = m.group(1);
        }
        return new Route(method.get(), parameter);
    }

    private static String designator(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }
}
