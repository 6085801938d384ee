package se.kvalitet.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Validator;

import se.kvalitet.indicators.result.ResultResource.SubmitResult;
import se.kvalitet.platform.input.CsvInput;
import se.kvalitet.platform.query.Params;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * The CSV import format: a header {@code unitId,requirementCode,period,value,sampleSize,source},
 * then one result per row, each cell read as strictly as the JSON field of a single result (an
 * empty sampleSize or source is absent). A row that does not read as a result is refused by its
 * number, field and reason.
 */
final class CsvResultFile {

    static final List<String> HEADER = List.of("unitId", "requirementCode", "period", "value", "sampleSize", "source");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    /** The fewest bytes a row that reads as a result takes: a UUID, a one-letter code, a year, a one-digit value, five commas and a line end. */
    private static final int SHORTEST_ROW = 36 + 1 + 4 + 1 + 5 + 1;

    private CsvResultFile() {
    }

    /**
     * Reads the whole upload for its form, and for whether two of its rows may give one unit,
     * requirement and period (as they would be read: a row that cannot name a unit is refused, so
     * it repeats nothing).
     */
    static ImportJobs.Checked check(InputStream upload, long bytesAtMost) {
        RepeatFilter keys = new RepeatFilter(bytesAtMost / SHORTEST_ROW);
        int rows = CsvInput.forEach(upload, HEADER, row -> {
            if (row.problem() == null) {
                List<String> cells = row.cells();
                try {
                    keys.add(Params.uuid("unitId", cells.get(0)), cells.get(1), cells.get(2));
                } catch (InvalidInputException e) {
                    // refused when read
                }
            }
        });
        return new ImportJobs.Checked(rows, keys.mayRepeat());
    }

    /** Reads a spooled (already checked) file row by row into {@code rows}. */
    static void read(Path file, ResultImport.Rows rows, Validator validator) {
        try (InputStream in = Files.newInputStream(file)) {
            CsvInput.forEach(in, HEADER, row -> rows.accept(result(row, validator)));
        } catch (IOException e) {
            throw new UncheckedIOException("The spooled import " + file + " cannot be read", e);
        }
    }

    static ResultImport.Read result(CsvInput.Row row, Validator validator) {
        if (row.problem() != null) {
            return ResultImport.Read.refused(row.number(), "row", row.problem());
        }
        List<String> cells = row.cells();
        UUID unitId;
        try {
            unitId = Params.uuid("unitId", cells.get(0));
        } catch (InvalidInputException e) {
            return ResultImport.Read.refused(row.number(), e.field(), e.getMessage());
        }
        if (!DECIMAL.matcher(cells.get(3)).matches()) {
            return ResultImport.Read.refused(row.number(), "value", "must be a decimal number such as 87.5");
        }
        String sampleSize = cells.get(4);
        if (!sampleSize.isEmpty() && !WHOLE.matcher(sampleSize).matches()) {
            return ResultImport.Read.refused(row.number(), "sampleSize", "must be a whole number");
        }
        SubmitResult result = new SubmitResult(unitId, cells.get(1), cells.get(2), new BigDecimal(cells.get(3)),
                sampleSize.isEmpty() ? null : Integer.valueOf(sampleSize), cells.get(5).isEmpty() ? null : cells.get(5));
        return ResultImport.Read.validated(row.number(), result, validator);
    }
}
