package se.kvalitet.platform.input;

/** A row of a batch or file refused: its number (from 1; a CSV header not counted), the field and why. */
public record RowRejection(int row, String field, String reason) {
}
