package rebound.slack;

/**
 * The few lines the Slack front door says itself, about Slack rather than about advice: whose
 * button it is, where the conversation goes on, a button to pick several. Everything else comes
 * from the core's playbook.
 */
final class SlackWords {

    static final String NOT_YOURS = "These buttons belong to someone else's conversation. "
            + "Use `/rejected` to start your own.";
    static final String CONTINUE_IN_DM = "Only you can see this. We can go on in <%s|my Messages tab>: "
            + "type your answers there.";
    static final String DONE_PICKING = "Done";
    static final String PICK_SEVERAL = "Pick one or more";
    static final String PICK_ONE = "Pick one";
    static final String CANCEL = "Cancel";
    static final String FAILED = "Sorry, something went wrong on my side. Please try again in a moment.";

    private SlackWords() {
    }
}
