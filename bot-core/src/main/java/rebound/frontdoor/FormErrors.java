package rebound.frontdoor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the door found wrong in a submitted {@link Form}: each field at fault by its id, with the
 * playbook's line that says what fits there ({@code words.txt}, such as the contact form's
 * {@code hint_contact_name}). Empty when the form was taken. An adapter shows them with its
 * platform's widget: Slack inside the modal ({@code response_action: errors}, keyed by block id, which
 * is the field id), Discord as one message with the form to open again (a modal cannot be answered
 * with errors), issue 19.
 *
 * @param form    the id of the form submitted ({@code contact})
 * @param byField field id to the line a member reads, in the form's field order; empty when valid
 */
public record FormErrors(String form, Map<String, String> byField) {

    public FormErrors {
        byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    /** A form taken as submitted. */
    public static FormErrors none(String form) {
        return new FormErrors(form, Map.of());
    }

    /** Whether the form was taken (no field at fault). */
    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /**
     * Where a platform shows a form's errors, stated once by each adapter: inside the form itself, or
     * in the conversation with the form to open again.
     */
    public enum Shown {
        /** Inside the form (a Slack modal answered with {@code response_action: errors}): the door sends nothing. */
        IN_FORM,
        /** In the conversation: one message lists them, one a line, with the form again (Discord's modals). */
        IN_CHAT
    }
}
