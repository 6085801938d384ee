package se.kvalitet.platform.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import se.kvalitet.platform.web.FieldProblem;
import se.kvalitet.platform.web.InvalidInputException;

/**
 * Reads an uploaded {@code text/csv} file strictly: UTF-8 without a byte-order mark, RFC 4180
 * quoting, a first line that is exactly the documented header, and at most a given number of
 * rows. A file that breaks any of that is refused whole (400 naming {@code body} and, where it
 * applies, the row); a row with the wrong number of cells is a {@link Row} with its problem, so
 * the caller can answer it by row number and keep the others. Rows are numbered from 1, the
 * header not counted.
 */
public final class CsvInput {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** One data row: its number, its cells, and why it cannot be read as a row (null if it can). */
    public record Row(int number, List<String> cells, String problem) {
    }

    private CsvInput() {
    }

    /** Reads the whole file into memory: for requests of a bounded size (at most {@code maxRows} rows). */
    public static List<Row> read(InputStream body, List<String> header, int maxRows) {
        List<Row> rows = new ArrayList<>();
        forEach(body, header, row -> {
            if (row.number() > maxRows) {
                throw new InvalidInputException("body", "holds more than " + maxRows + " rows; send at most " + maxRows + " at a time");
            }
            rows.add(row);
        });
        return rows;
    }

    /**
     * Reads the file as a stream, handing each row to {@code each} as it is read; nothing is held
     * beyond the row, so a file of any length reads in constant memory.
     *
     * @return the number of data rows read
     */
    public static int forEach(InputStream body, List<String> header, Consumer<Row> each) {
        int number = 0;
        try (MappingIterator<String[]> lines = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(utf8(body))) {
            if (!lines.hasNextValue()) {
                throw new InvalidInputException("body", "is empty; the first line is the header " + String.join(",", header));
            }
            List<String> first = Arrays.asList(lines.nextValue());
            if (!first.equals(header)) {
                throw new InvalidInputException("body", "the first line must be the header " + String.join(",", header));
            }
            while (lines.hasNextValue()) {
                String[] cells = lines.nextValue();
                number++;
                for (String cell : cells) {
                    String problem = TextRules.problemWith(cell);
                    if (problem != null) {
                        throw new InvalidInputException("body", "row " + number + ": a cell " + problem);
                    }
                }
                // The parser hands over a new array for every row, so the row may wrap it rather than copy it.
                each.accept(new Row(number, Collections.unmodifiableList(Arrays.asList(cells)), cells.length == header.size() ? null
                        : "has " + cells.length + " cells; the header names " + header.size()));
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not UTF-8 (row " + (number + 1) + ")");
        } catch (IOException | RuntimeJsonMappingException e) {
            FieldProblem.among(e.getCause()).ifPresent(problem -> {
                throw problem; // the body's own stream refused it (too large, say), not its CSV
            });
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidInputException("body", "is not UTF-8 (row " + (number + 1) + ")");
            }
            throw new InvalidInputException("body", "row " + (number + 1) + " is not well-formed CSV (check its quotes)");
        }
        return number;
    }

    /** The body as strict UTF-8, refusing a byte-order mark. */
    private static Reader utf8(InputStream body) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body);
        in.mark(BYTE_ORDER_MARK.length);
        byte[] start = in.readNBytes(BYTE_ORDER_MARK.length);
        if (Arrays.equals(start, BYTE_ORDER_MARK)) {
            throw new InvalidInputException("body", "starts with a byte-order mark; send UTF-8 without one");
        }
        in.reset();
        return new StrictUtf8Reader(in);
    }
}
