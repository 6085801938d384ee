package se.kvalitet.platform.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.kvalitet.platform.web.InvalidInputException;
import se.kvalitet.platform.web.Problem;
import se.kvalitet.platform.web.ProblemMapper;

/**
 * Reads a JSON array of requests row by row, each as strictly as a single request: a row that does
 * not bind or breaks a bean-validation rule is a {@link RowRejection} saying so, the others are
 * values to act on. A body that is not one JSON array, or holds more than the maximum, is refused
 * whole (400 naming {@code body}).
 */
public final class JsonRows {

    /** One row: its number from 1 and either its value or why it was refused. */
    public record Row<T>(int number, T value, RowRejection rejection) {
    }

    private JsonRows() {
    }

    public static <T> List<Row<T>> read(InputStream body, Class<T> type, int maxRows, ObjectMapper mapper, Validator validator) {
        JsonNode rows;
        try {
            rows = mapper.readTree(body);
        } catch (IOException e) {
            throw new InvalidInputException("body", "is not one valid JSON array");
        }
        if (rows == null || !rows.isArray()) {
            throw new InvalidInputException("body", "must be a JSON array");
        }
        if (rows.size() > maxRows) {
            throw new InvalidInputException("body", "holds more than " + maxRows + " rows; send at most " + maxRows + " at a time");
        }
        List<Row<T>> read = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 1;
            try {
                T value = mapper.treeToValue(rows.get(i), type);
                Optional<ConstraintViolation<T>> invalid = validator.validate(value).stream().findFirst();
                read.add(invalid.isPresent() ? refused(number, ProblemMapper.violationOf(invalid.get())) : new Row<>(number, value, null));
            } catch (JsonMappingException e) {
                read.add(refused(number, ProblemMapper.violationOf(e)));
            } catch (JsonProcessingException e) {
                read.add(new Row<>(number, null, new RowRejection(number, "body", "is not a valid row")));
            }
        }
        return read;
    }

    private static <T> Row<T> refused(int number, Problem.Violation violation) {
        return new Row<>(number, null, new RowRejection(number, violation.field(), violation.reason()));
    }
}
