package org.livebrief.platform;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Whole-number query parameters ({@code ?limit=}, {@code ?before=}, {@code ?since=}) that are not whole numbers are
 * a 400 problem naming the parameter, as the README promises. JAX-RS answers a query parameter it cannot convert
 * with 404, as if the resource were missing (an attacker's finding: {@code ?limit=abc} was a 404). Path parameters
 * keep that 404: {@code /briefings/abc} is a resource that does not exist.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        boolean isLong = rawType == long.class || rawType == Long.class;
        boolean isInt = rawType == int.class || rawType == Integer.class;
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null || !(isLong || isInt)) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    Object number = isLong ? (Object) Long.valueOf(value.strip()) : (Object) Integer.valueOf(value.strip());
                    return (T) number;
                } catch (NumberFormatException e) {
                    throw refused(name);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    /** A 400 that {@link ProblemMapper} answers with the validation problem it carries as its cause. */
    static BadRequestException refused(String name) {
        ProblemException problem = ProblemException.invalid(name, "must be a whole number");
        return new BadRequestException(problem.getMessage(), problem);
    }
}
