package se.kvalitet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines", 12))).isEqualTo(
                "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",12\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)"))).isEqualTo(
                "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-1,'@SUM(A1)\r\n");
        assertThat(Csv.cell(-1)).as("a negative number stays a number").isEqualTo("-1");
    }

    @Test
    void aHeaderThenOneLinePerRow() throws IOException {
        StringWriter out = new StringWriter();
        Csv.write(out, List.of("a", "b"), Stream.of(Arrays.asList("1", null), List.of("2", "x")));
        assertThat(out.toString()).isEqualTo("a,b\r\n1,\r\n2,x\r\n");
    }
}
