package rebound.frontdoor;

import java.util.List;

/**
 * A small form a platform may show instead of asking in chat (a Slack or Discord modal).
 * Submitting it sends {@link Event.FormSubmit} with the field ids as keys.
 */
public record Form(String id, String title, String submitLabel, List<Field> fields) {

    public Form {
        fields = List.copyOf(fields);
    }

    public record Field(String id, String label, String placeholder, boolean optional, int maxLength) {
    }
}
