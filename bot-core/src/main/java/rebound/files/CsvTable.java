package rebound.files;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV (RFC 4180, what spreadsheets and job trackers import): one header row, then one
 * row per entry, written by Apache Commons CSV so commas, quotes and line breaks inside a cell are
 * quoted as the format requires.
 */
public final class CsvTable {

    /** The media type of the file (RFC 7111). */
    public static final String MEDIA_TYPE = "text/csv";

    private CsvTable() {
    }

    /**
     * The CSV text of {@code headers} then {@code rows}, lines ending in CRLF as RFC 4180 says.
     *
     * @throws IllegalArgumentException when a row has a different number of cells than the headers
     */
    public static String write(List<String> headers, List<List<String>> rows) {
        StringWriter text = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells under "
                            + headers.size() + " headers");
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
