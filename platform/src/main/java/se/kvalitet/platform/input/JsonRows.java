package se.kvalitet.platform.input;

import java.io.FilterInputStream;
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
import se.kvalitet.platform.web.TooLargeProblem;

/**
 * Reads a JSON array of requests row by row, each as strictly as a single request: a row that does
 * not bind or breaks a bean-validation rule is a {@link RowRejection} saying so, the others are
 * values to act on. A body that is not one JSON array, or holds more than the maximum, is refused
 * whole (400 naming {@code body}); one larger than {@link #MAX_BYTES} is refused (413) as soon as
 * that much of it has been read, since the rows are held in memory.
 */
public final class JsonRows {

    /** One row: its number from 1 and either its value or why it was refused. */
    public record Row<T>(int number, T value, RowRejection rejection) {
    }

    /** The largest body read: ample for the most rows any caller allows, each row as large as its fields may be. */
    public static final int MAX_BYTES = 16 << 20;

    private JsonRows() {
    }

    public static <T> List<Row<T>> read(InputStream body, Class<T> type, int maxRows, ObjectMapper mapper, Validator validator) {
        JsonNode rows;
        try {
            rows = mapper.readTree(bounded(body));
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

    private static InputStream bounded(InputStream body) {
        return new FilterInputStream(body) {

            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                counted(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                counted(Math.max(n, 0));
                return n;
            }

            private void counted(int bytes) {
                read += bytes;
                if (read > MAX_BYTES) {
                    throw new TooLargeProblem("body", "is larger than " + (MAX_BYTES >> 20) + " MiB; send fewer rows at a time");
                }
            }
        };
    }

    private static <T> Row<T> refused(int number, Problem.Violation violation) {
        return new Row<>(number, null, new RowRejection(number, violation.field(), violation.reason()));
    }
}
