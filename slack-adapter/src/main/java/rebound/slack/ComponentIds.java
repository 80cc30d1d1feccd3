package rebound.slack;

/**
 * The ids on blocks and interactive elements. The question block is {@code step:<step id>}; a
 * button's {@code action_id} names its step and value ({@code choice:<step>:<value>}) and its
 * {@code value} carries the core's action verbatim; the actions block names its owner
 * ({@code choices:<team id>.<user id>}) so a press by someone else, in any workspace, changes nothing.
 */
final class ComponentIds {

    static final String CHOICE = "choice:";
    static final String SELECT = "select:";
    static final String PICK = "pick:";
    static final String PICKED = "picked:";
    static final String FORM = "form:";
    static final String OWNER = "choices:";
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

    /** The actions block id naming the member whose buttons these are: {@code choices:<team>.<user>}. */
    static String owner(String member) {
        return OWNER + Members.teamId(member) + "." + Members.userId(member);
    }

    /**
     * Whether the presser (a member key, {@link Members#of}) owns the buttons named by an owner from
     * {@link #ownerOf}; an owner without a team (buttons posted before teams were named) is matched
     * by user alone.
     */
    static boolean ownedBy(String owner, String presser) {
        int dot = owner.indexOf('.');
        String ownerKey = dot < 0 ? Members.key(Members.teamId(presser), owner)
                : Members.key(owner.substring(0, dot), owner.substring(dot + 1));
        return rebound.frontdoor.FrontDoor.ownedBy(ownerKey, presser);
    }

    /** The owner named by an actions block id ({@code <team>.<user>}, or a user id), or null when none. */
    static String ownerOf(String blockId) {
        if (blockId == null || !blockId.startsWith(OWNER)) {
            return null;
        }
        String rest = blockId.substring(OWNER.length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
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
