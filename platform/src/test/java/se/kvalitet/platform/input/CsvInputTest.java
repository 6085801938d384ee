package se.kvalitet.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.kvalitet.platform.web.InvalidInputException;

class CsvInputTest {

    private static final List<String> HEADER = List.of("a", "b");

    @Test
    void rowsAreNumberedFromOneWithTheirCellsAndAWrongCountIsTheRowsProblem() {
        List<CsvInput.Row> rows = CsvInput.read(utf8("a,b\n1,\"two, quoted \"\"x\"\"\"\n3\n"), HEADER, 10);
        assertThat(rows).extracting(CsvInput.Row::number).containsExactly(1, 2);
        assertThat(rows.get(0).cells()).containsExactly("1", "two, quoted \"x\"");
        assertThat(rows.get(0).problem()).isNull();
        assertThat(rows.get(1).problem()).isEqualTo("has 1 cells; the header names 2");
    }

    @Test
    void aFileThatIsNotStrictUtf8CsvWithTheHeaderIsRefusedWhole() {
        assertRefused(utf8(""), "is empty");
        assertRefused(utf8("b,a\n1,2\n"), "the first line must be the header a,b");
        assertRefused(new ByteArrayInputStream(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b', '\n' }), "byte-order mark");
        assertRefused(new ByteArrayInputStream("a,b\nå,1\n".getBytes(StandardCharsets.ISO_8859_1)), "is not UTF-8 (row 1)");
        assertRefused(utf8("a,b\n\"open,1\n"), "row 1 is not well-formed CSV");
        assertRefused(utf8("a,b\n1,2\n3,4\n"), "more than 1 rows");
    }

    @Test
    void bytesThatAreNotUtf8AreFoundInTheirRowHoweverFarIntoTheFile() {
        for (int row : new int[] { 1, 2, 3_000, 3_001, 20_000 }) {
            byte[] good = ("a,b\n" + "G\u00e4vle,\uD83D\uDE00\n".repeat(row - 1)).getBytes(StandardCharsets.UTF_8);
            byte[] latin1 = "G\u00e4vle,1\n2,3\n".getBytes(StandardCharsets.ISO_8859_1);
            byte[] file = Arrays.copyOf(good, good.length + latin1.length);
            System.arraycopy(latin1, 0, file, good.length, latin1.length);
            List<Integer> read = new ArrayList<>();
            assertThatThrownBy(() -> CsvInput.forEach(new ByteArrayInputStream(file), HEADER, r -> read.add(r.number())))
                    .isInstanceOf(InvalidInputException.class).hasMessage("is not UTF-8 (row " + row + ")");
            assertThat(read).hasSize(row - 1);
        }
        assertThatThrownBy(() -> CsvInput.forEach(new ByteArrayInputStream(new byte[] { 'a', ',', 'b', '\n', '1', ',', (byte) 0xC3 }),
                HEADER, r -> { })).hasMessage("is not UTF-8 (row 1)");
    }

    @Test
    void charactersOfSeveralBytesAreReadWholeWhereverTheyFall() {
        String row = "\u00e5r \u00e4 \u00f6,\uD83D\uDE00 \u20ac\n";
        List<CsvInput.Row> rows = new ArrayList<>();
        CsvInput.forEach(utf8("a,b\n" + row.repeat(10_000)), HEADER, rows::add);
        assertThat(rows).hasSize(10_000).allSatisfy(r -> assertThat(r.cells()).containsExactly("\u00e5r \u00e4 \u00f6", "\uD83D\uDE00 \u20ac"));
    }

    private static void assertRefused(ByteArrayInputStream file, String reason) {
        int max = reason.startsWith("more") ? 1 : 10;
        assertThatThrownBy(() -> CsvInput.read(file, HEADER, max)).isInstanceOf(InvalidInputException.class).hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("body"));
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
