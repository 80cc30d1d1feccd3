package rebound.slack;

/**
 * The names of blocks and interactive elements, by which Bolt routes a press. The question block is
 * {@code step:<step id>}; a button's {@code action_id} names its step and value
 * ({@code choice:<step>:<value>}) and its {@code value} carries the core's action verbatim. What a press
 * carries back to the door (whose it is) is the door's own {@link rebound.frontdoor.Press}, in the
 * actions block's id (issue 19).
 */
final class ComponentIds {

    static final String CHOICE = "choice:";
    static final String SELECT = "select:";
    static final String PICK = "pick:";
    static final String PICKED = "picked:";
    static final String FORM = "form:";
    static final String NO_STEP = "-";
    private static final int MAX_ID = 255;

    private ComponentIds() {
    }

    static String question(String step) {
        return "step:" + step;
    }

    static String choice(String step, String value) {
        return cut(CHOICE + stepOf(step) + ":" + value);
    }

    static String select(String step) {
        return cut(SELECT + stepOf(step));
    }

    static String pick(String step) {
        return cut(PICK + stepOf(step));
    }

    static String picked(String step) {
        return cut(PICKED + stepOf(step));
    }

    static String form(String formId) {
        return cut(FORM + formId);
    }

    /** The step an element id names (after its prefix). */
    static String stepIn(String actionId, String prefix) {
        String rest = actionId.substring(prefix.length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    private static String stepOf(String step) {
        return step == null ? NO_STEP : step;
    }

    private static String cut(String id) {
        return id.length() <= MAX_ID ? id : id.substring(0, MAX_ID);
    }
}
