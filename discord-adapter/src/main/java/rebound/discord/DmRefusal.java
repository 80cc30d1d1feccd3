package rebound.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;

/**
 * Why Discord would not let the bot DM a member, as the frontdoor.txt line that tells them so.
 *
 * <p>Discord's error codes (Discord's "Opcodes and Status Codes" page): 50007 "Cannot send messages to
 * this user" (the member closed DMs or blocked the bot) and 50278 "Cannot send messages to this user due
 * to having no mutual guilds". A bot may open a DM only with a user it can reach: one sharing a server
 * with it, or one who added the app to their own account. Discord documents the second only as "Once
 * it's installed you can open a DM with it" (tutorial "Developing a User-Installable App"; its
 * user-installed apps "are limited to using commands", resources/application); discord-api-docs issues
 * #7275 and #7666 show bots sending DMs to users who installed them, refused now and then. So Rebound
 * tries the DM for every member and, when it is refused, says plainly why, what to do, and where the
 * reminders are seen meanwhile (issue 20).
 */
final class DmRefusal {

    /** Discord's 50278, "no mutual guilds". */
    static final int NO_MUTUAL_SERVER = 50278;

    private DmRefusal() {
    }

    /**
     * The frontdoor.txt key that explains this refusal to the member, or null when {@code failure} is
     * not Discord refusing the DM itself (a 5xx, a timeout: the turn then fails as any other).
     *
     * @param inServer whether the member used Rebound in a server (the way to allow DMs differs)
     */
    static String wordsFor(Throwable failure, boolean inServer) {
        if (!(failure instanceof ErrorResponseException refused)) {
            return null;
        }
        if (refused.getErrorCode() == NO_MUTUAL_SERVER) {
            return "dms_no_server";
        }
        if (refused.getErrorCode() == net.dv8tion.jda.api.requests.ErrorResponse.CANNOT_SEND_TO_USER.getCode()) {
            return inServer ? "dms_closed" : "dms_closed_elsewhere";
        }
        return null;
    }
}
