package se.kvalitet.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        assertRefused(new ByteArrayInputStream("a,b\nå,1\n".getBytes(StandardCharsets.ISO_8859_1)), "is not UTF-8");
        assertRefused(utf8("a,b\n\"open,1\n"), "row 1 is not well-formed CSV");
        assertRefused(utf8("a,b\n1,2\n3,4\n"), "more than 1 rows");
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
