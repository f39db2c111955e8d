package org.ladder.people.imports;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma-separated, double quotes around fields that hold commas, quotes or line
 * breaks, {@code ""} for a quote inside; UTF-8 with or without a byte-order mark. The first line names the
 * columns. Each record keeps the line it started on, for error reports.
 */
public final class CsvReader {

    /** One data line: its line number in the file and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }
    }

    /** The parsed file: the header's column names (lower case) and the data rows. */
    public record Table(List<String> columns, List<Row> rows) {
    }

    public static class CsvFormatException extends RuntimeException {
        private final int line;

        CsvFormatException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private CsvReader() {
    }

    public static Table read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>();
        parse(text, records, startLines);
        if (records.isEmpty()) {
            throw new CsvFormatException(1, "The file is empty: expected a header line naming the columns.");
        }
        List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue; // blank line
            }
            int line = startLines.get(i);
            if (fields.size() > header.size()) {
                throw new CsvFormatException(line, "Line " + line + " has " + fields.size()
                        + " fields but the header names only " + header.size() + " columns.");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < fields.size() ? fields.get(c) : "");
            }
            rows.add(new Row(line, values));
        }
        return new Table(header, rows);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(1, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        }
    }

    private static void parse(String text, List<List<String>> records, List<Integer> startLines) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordStart = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                if (ch == '\n') {
                    line++;
                }
                field.append(ch);
                i++;
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (field.length() > 0 && !field.toString().isBlank()) {
                        throw new CsvFormatException(line, "Line " + line
                                + ": a quote appears inside an unquoted field; put the whole field in quotes.");
                    }
                    field.setLength(0);
                    quoted = true;
                    fieldStarted = true;
                    i++;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                    i++;
                }
                case '\r' -> i++;
                case '\n' -> {
                    fields.add(field.toString());
                    records.add(fields);
                    startLines.add(recordStart);
                    fields = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordStart = line;
                    i++;
                }
                default -> {
                    field.append(ch);
                    fieldStarted = true;
                    i++;
                }
            }
        }
        if (quoted) {
            throw new CsvFormatException(recordStart, "Line " + recordStart + ": a quoted field is never closed.");
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
            startLines.add(recordStart);
        }
    }
}
