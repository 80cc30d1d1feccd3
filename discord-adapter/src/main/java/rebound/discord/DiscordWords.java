package rebound.discord;

/**
 * The few lines the Discord front door says itself, about Discord rather than about advice: whose
 * button it is, an expired button, and where the conversation goes on. Everything else comes from
 * the core's playbook.
 */
final class DiscordWords {

    static final String NOT_YOURS = "This is not yours: these buttons belong to someone else's conversation. "
            + "Use `/rejected` to start your own.";
    static final String EXPIRED = "This button has expired. Type your answer, or use `/rejected` to pick up "
            + "where you were.";
    static final String CONTINUED_IN_DMS = "I've continued in our DMs — only you can see this.";
    static final String OPEN_DMS = "Continue in DMs";
    static final String DMS_CLOSED = "I can't send you a DM (your DMs are closed to me), so let's go on here.";
    static final String FAILED = "Sorry, something went wrong on my side. Please try again in a moment.";

    private DiscordWords() {
    }
}
