package rebound.frontdoor;

import java.util.List;

/**
 * Where answers go when the member asked away from their DM with the bot (a Slack command or an
 * ephemeral message in a channel, a Discord server, a DM among people): the one hand-off rule every
 * adapter follows (ARCHITECTURE.md: the pipeline owns "the hand-off of an intake to DMs"; issue 19
 * found it written three times, three ways). The adapter only makes the platform's calls.
 *
 * <p>The rule: answers that ask an intake step go on in the member's DM, where typed answers reach
 * the bot; so do answers the place asked cannot hold (more messages than it takes, files it cannot
 * show, drafts it would not keep). The place asked shows the answers themselves when they fit and it
 * repeats a question it handed off, and otherwise a pointer to the DM.
 *
 * @param toDm whether the answers are posted in the member's DM with the bot
 * @param here what the place asked shows
 */
public record DmHandOff(boolean toDm, Here here) {

    /** What the place the member asked from shows. */
    public enum Here {
        /** The answers themselves, with a way to the DM (a hint line, a link button). */
        ANSWERS,
        /** Only a short pointer to the DM ({@code frontdoor.txt}'s {@code continue_in_dm}, {@code continued_in_dms}). */
        POINTER
    }

    /**
     * What a place away from the member's DM can hold, stated once by each adapter from its platform.
     *
     * @param messages most messages it takes for one answer (a Slack {@code response_url}: 5 posts)
     * @param files    whether it shows files (a Slack {@code response_url} takes none)
     * @param drafts   whether drafts may stay there (a Slack ephemeral message is gone on reload)
     * @param question whether it shows a question it handed off to the DM again, so it can be pressed there
     */
    public record Place(int messages, boolean files, boolean drafts, boolean question) {
    }

    /**
     * The hand-off of {@code answers}, which make {@code messages} messages on the platform, asked from
     * {@code place}.
     */
    public static DmHandOff of(List<Outbound> answers, int messages, Place place) {
        boolean asks = answers.stream().anyMatch(a -> a.step() != null);
        boolean fits = messages <= place.messages()
                && (place.files() || answers.stream().allMatch(a -> a.attachments().isEmpty()))
                && (place.drafts() || answers.stream().allMatch(a -> a.drafts().isEmpty()));
        return new DmHandOff(asks || !fits, fits && (!asks || place.question()) ? Here.ANSWERS : Here.POINTER);
    }
}
