package se.kvalitet.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One field a change touched: its value before (null when created) and after. */
public record FieldChange(
        String field,
        @Schema(description = "The field's JSON value before the change; absent when it had none") JsonNode from,
        @Schema(description = "The field's JSON value after the change; absent when it has none") JsonNode to) {
}
