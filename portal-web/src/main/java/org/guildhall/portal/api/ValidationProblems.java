package org.guildhall.portal.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures: 400 with the failing fields and their reasons. */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Problem.response(of(exception));
    }

    static Problem of(ConstraintViolationException exception) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.merge(field(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return new Problem(Problem.BASE + "invalid-input", "Invalid input", 400,
                "Some fields are missing or invalid.", errors);
    }

    private static String field(Path path) {
        String last = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last.startsWith("arg") || last.isEmpty() ? "body" : last;
    }
}
