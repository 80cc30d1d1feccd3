package rebound.slack;

import java.util.Optional;
import rebound.frontdoor.Member;
import rebound.frontdoor.Press;

/**
 * Buttons posted before issue 19, read as the door's {@link Press} so they keep working after an
 * upgrade: their actions block was named {@code choices:<team>.<user>} (or {@code choices:<user>} before
 * teams were named, matched by the presser's own team), and the element carried the action itself
 * (a button's value, a menu entry's value) or the whole form as JSON. Nothing is written this way any more.
 */
final class EarlierButtons {

    private static final String OWNER = "choices:";

    private EarlierButtons() {
    }

    /**
     * The press an actions block's id stands for: the id itself when it is not of the earlier form (the
     * door reads it), else a press of {@code kind} for the member it named.
     */
    static String press(String blockId, Press.Kind kind, Member presser) {
        return owner(blockId, presser).map(owner -> Press.of(kind, owner, "choices").write()).orElse(blockId);
    }

    /** The member an earlier block id names, or empty when it is not of the earlier form. */
    static Optional<Member> owner(String blockId, Member presser) {
        if (blockId == null || !blockId.startsWith(OWNER)) {
            return Optional.empty();
        }
        String rest = blockId.substring(OWNER.length());
        int colon = rest.indexOf(':'); // a second actions block of one message: choices:<owner>:2
        String owner = colon < 0 ? rest : rest.substring(0, colon);
        int dot = owner.indexOf('.');
        try {
            return Optional.of(dot < 0 ? Members.key(Members.teamId(presser), owner)
                    : Members.key(owner.substring(0, dot), owner.substring(dot + 1)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
