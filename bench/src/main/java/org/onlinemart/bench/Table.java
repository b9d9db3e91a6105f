package org.onlinemart.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain-text table for a terminal: the first column left-aligned, the figures right-aligned under their heads, and
 * text columns marked with {@link #alignLeft} left-aligned too.
 */
final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Integer> leftAligned = new HashSet<>(Set.of(0));

    Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** Aligns the column (counted from 0) to the left, as text rather than figures. */
    Table alignLeft(int column) {
        leftAligned.add(column);
        return this;
    }

    Table row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns: " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (List<String> line : lines()) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], line.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines()) {
            StringBuilder rendered = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                String cell = line.get(column);
                String padding = " ".repeat(widths[column] - cell.length());
                String separator = column == 0 ? "" : "  ";
                rendered.append(leftAligned.contains(column) ? separator + cell + padding : separator + padding + cell);
            }
            text.append(rendered.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private List<List<String>> lines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers);
        lines.addAll(rows);
        return lines;
    }
}
