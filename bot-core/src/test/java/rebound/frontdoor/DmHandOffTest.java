package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hand-off of an intake to the member's DM, one rule for every platform (issue 19), with the
 * places the adapters state: a Slack command's response_url (5 posts, text only), a Slack ephemeral
 * message pressed (one answer), and Discord away from the bot's DM (anything, the question not repeated).
 */
@DisplayName("Answers asked away from the member's DM")
class DmHandOffTest {

    private static final Member ANA = new Member("slack:T1:U0ANA");
    private static final DmHandOff.Place SLACK_COMMAND = new DmHandOff.Place(5, false, false, true);
    private static final DmHandOff.Place SLACK_PRESS = new DmHandOff.Place(1, false, false, true);
    private static final DmHandOff.Place DISCORD_AWAY = new DmHandOff.Place(Integer.MAX_VALUE, true, true, false);

    private static final Outbound SAID = Outbound.say(ANA, "You have 2 rejections logged.");
    private static final Outbound ASKS = new Outbound(ANA, "Which company?", "company", List.of(), false, List.of(),
            List.of(), false, null);
    private static final Outbound DRAFTS = SAID.withDrafts(List.of(new Draft("thank_you", "Dana", "recruiter",
            "Thank you", "Hi Dana")));
    private static final Outbound FILES = SAID.withAttachments(List.of(Attachment.text("rebound-follow-ups.ics",
            "text/calendar", "BEGIN:VCALENDAR")));

    @Test
    @DisplayName("a question of the intake goes on in the DM; Slack shows it again where it was asked, Discord points there")
    void intakeGoesToTheDm() {
        assertThat(DmHandOff.of(List.of(ASKS), 1, SLACK_COMMAND))
                .isEqualTo(new DmHandOff(true, DmHandOff.Here.ANSWERS));
        assertThat(DmHandOff.of(List.of(SAID, ASKS), 1, SLACK_PRESS))
                .isEqualTo(new DmHandOff(true, DmHandOff.Here.ANSWERS));
        assertThat(DmHandOff.of(List.of(ASKS), 1, DISCORD_AWAY))
                .isEqualTo(new DmHandOff(true, DmHandOff.Here.POINTER));
    }

    @Test
    @DisplayName("an answer that asks nothing and fits stays where it was asked")
    void fitsStays() {
        assertThat(DmHandOff.of(List.of(SAID), 1, SLACK_PRESS)).isEqualTo(new DmHandOff(false, DmHandOff.Here.ANSWERS));
        assertThat(DmHandOff.of(List.of(SAID, SAID), 5, SLACK_COMMAND))
                .isEqualTo(new DmHandOff(false, DmHandOff.Here.ANSWERS));
        assertThat(DmHandOff.of(List.of(DRAFTS, FILES), 9, DISCORD_AWAY))
                .isEqualTo(new DmHandOff(false, DmHandOff.Here.ANSWERS));
        assertThat(DmHandOff.of(List.of(), 0, SLACK_PRESS)).isEqualTo(new DmHandOff(false, DmHandOff.Here.ANSWERS));
    }

    @Test
    @DisplayName("what the place cannot hold (too many messages, files, drafts it would not keep) goes to the DM, with a pointer")
    void tooMuchGoesToTheDm() {
        DmHandOff pointer = new DmHandOff(true, DmHandOff.Here.POINTER);
        assertThat(DmHandOff.of(List.of(SAID), 6, SLACK_COMMAND)).isEqualTo(pointer);
        assertThat(DmHandOff.of(List.of(SAID, SAID), 2, SLACK_PRESS)).isEqualTo(pointer);
        assertThat(DmHandOff.of(List.of(FILES), 1, SLACK_COMMAND)).isEqualTo(pointer);
        assertThat(DmHandOff.of(List.of(DRAFTS), 1, SLACK_PRESS)).isEqualTo(pointer);
        assertThat(DmHandOff.of(List.of(DRAFTS, ASKS), 1, SLACK_PRESS)).as("a question with drafts").isEqualTo(pointer);
        assertThat(DmHandOff.of(List.of(ASKS), 6, SLACK_COMMAND)).as("a question too long to repeat").isEqualTo(pointer);
    }
}
