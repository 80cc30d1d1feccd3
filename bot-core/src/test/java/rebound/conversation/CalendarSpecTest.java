package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

@DisplayName("/rejected calendar: the follow-ups still to come, as a file a calendar app imports (issue 21)")
class CalendarSpecTest {

    static final String DANA = "Dana Smith, recruiter, we talked about the move to weekly releases";
    private static final PlaybookBundle PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn());
    private static final MemberFiles FILES = new MemberFiles(new Views(PLAYBOOK.intake(), PLAYBOOK.words(), PLAYBOOK.playbook().workingDays()),
            PLAYBOOK.playbook(), PLAYBOOK.reading());

    static Dialogue withPlan(String member) {
        return Dialogue.with(member).throughIntake("hired_other", "yes", "thank,stay_in_touch", DANA).says("yes");
    }

    private static Attachment calendarOf(Dialogue dialogue) {
        Outbound message = dialogue.commands("calendar").last();
        assertThat(message.attachments()).as("one file").hasSize(1);
        return message.attachments().get(0);
    }

    private static List<FollowUp> pending(MemberState state) {
        return state.rejections().stream().flatMap(r -> r.pendingFollowUps().stream()).toList();
    }

    @Test
    @DisplayName("one event per follow-up still to come, each with a UID, a stamp, a summary and the draft")
    void oneEventPerFollowUp() {
        Dialogue ana = withPlan("slack:T1:U1");
        int pending = pending(ana.state()).size();
        assertThat(pending).isPositive();
        Attachment file = calendarOf(ana);
        assertThat(file.name()).isEqualTo("rebound-follow-ups.ics");
        assertThat(file.mediaType()).startsWith("text/calendar");
        String ics = file.asText().replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(pending + 1);
        assertThat(ics.split("DTSTART;VALUE=DATE:", -1)).hasSize(pending + 1);
        assertThat(ics.split("DTSTAMP:", -1)).as("one stamp per event, from the bot's clock").hasSize(pending + 1);
        assertThat(ics).contains("SUMMARY:Follow up with Dana Smith at Acme: ").contains("DTSTAMP:20261123T100000Z");
        assertThat(ana.last().text()).contains("upcoming follow-up").contains("calendar");
    }

    @Test
    @DisplayName("each event carries the very draft its reminder will show")
    void theDraftOfTheReminder() {
        Dialogue ana = withPlan("console:ana");
        Rejection rejection = ana.state().rejections().get(0);
        String ics = calendarOf(ana).asText().replace("\r\n ", "");
        for (FollowUp followUp : rejection.pendingFollowUps()) {
            String draft = Dialogue.conversation().reminder(new Member("console:ana"), rejection, followUp).drafts().get(0).body();
            assertThat(ics).contains("DESCRIPTION:" + draft.replace("\\", "\\\\").replace(";", "\\;")
                    .replace(",", "\\,").replace("\n", "\\n"));
        }
    }

    @Test
    @DisplayName("a UID stays the same from one file to the next, differs between members, never holds the member's key")
    void stableUids() {
        Dialogue ana = withPlan("slack:T1:UANA");
        Dialogue bo = withPlan("slack:T1:UBO").later(Duration.ofMillis(1)); // same story, another moment
        Rejection anas = ana.state().rejections().get(0);
        FollowUp first = anas.pendingFollowUps().get(0);
        String uid = MemberFiles.uid(anas, first);
        assertThat(uid).startsWith(anas.id() + "-" + first.id() + "-").doesNotContain("UANA").doesNotContain("T1");
        assertThat(calendarOf(ana).asText()).contains("UID:" + uid);
        assertThat(calendarOf(ana.later(Duration.ofDays(1))).asText()).contains("UID:" + uid);
        Rejection later = new Rejection(anas.id(), anas.createdAt().plusNanos(1_000), anas.company(), anas.role(),
                anas.stage(), anas.outcome(), anas.stillInterested(), anas.contacts(), anas.goals(), anas.targets(),
                anas.tone(), anas.drafts(), anas.followUps(), anas.history());
        assertThat(MemberFiles.uid(later, first)).as("another member's r1, logged a moment apart").isNotEqualTo(uid);
        assertThat(bo.state().rejections().get(0).id()).isEqualTo(anas.id());
    }

    @Test
    @DisplayName("nothing to come: said plainly, and no empty file")
    void nothingToCome() {
        Dialogue nobody = Dialogue.with("console:new").commands("calendar");
        assertThat(nobody.last().attachments()).isEmpty();
        assertThat(nobody.last().text()).startsWith("Nothing is coming up");
        MemberState state = withPlan("console:ana").state();
        MemberState stopped = state.changeRejection(state.rejections().get(0).id(),
                r -> r.withFollowUps(r.followUps().stream().map(FollowUp::stopped).toList()));
        Turn turn = Dialogue.conversation().step(stopped, Inbound.command(new Member("console:ana"), "calendar"),
                Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(turn.messages()).singleElement().satisfies(message -> {
            assertThat(message.attachments()).isEmpty();
            assertThat(message.text()).startsWith("Nothing is coming up");
        });
    }

    @Test
    @DisplayName("every date is the member's: a member in Pacific/Auckland gets Auckland's dates")
    void theMembersDates() {
        MemberState state = withPlan("console:kiri").state();
        Instant afternoonUtc = Instant.parse("2027-03-01T15:00:00Z"); // 04:00 on 2 March in Auckland
        Rejection rejection = state.rejections().get(0);
        MemberState moved = state.changeRejection(rejection.id(), r -> r.withFollowUps(r.followUps().stream()
                .map(f -> f.isPending() ? f.movedTo(afternoonUtc) : f).toList()));
        String utc = FILES.calendar(moved, MemberFiles.zoneOf(moved), afternoonUtc).orElseThrow().asText();
        String auckland = FILES.calendar(moved, ZoneId.of("Pacific/Auckland"), afternoonUtc).orElseThrow().asText();
        assertThat(utc).contains("DTSTART;VALUE=DATE:20270301").doesNotContain("20270302");
        assertThat(auckland).contains("DTSTART;VALUE=DATE:20270302").doesNotContain("DTSTART;VALUE=DATE:20270301");
        assertThat(LocalDate.ofInstant(afternoonUtc, ZoneId.of("Pacific/Auckland"))).hasDayOfMonth(2);
    }

    @Test
    @DisplayName("the calendar is in the help, and an unknown command names it")
    void inTheHelp() {
        assertThat(Dialogue.with("console:ana").commands("help").last().text()).contains("/rejected calendar");
        assertThat(Dialogue.with("console:ana").commands("calender").last().text()).contains("calendar");
    }
}
