package rebound.rejection;

/**
 * A person the member met: their name, their part in the process (an option value of the
 * {@code contacts} step such as {@code recruiter}, or empty when unknown), and a detail the member
 * remembers about them (empty when none).
 */
public record Contact(String name, String part, String detail) {

    public Contact {
        name = name == null ? "" : name.trim();
        part = part == null ? "" : part.trim();
        detail = detail == null ? "" : detail.trim();
    }

    public String firstName() {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
