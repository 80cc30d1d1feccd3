package rebound.conversation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.frontdoor.Choice;
import rebound.member.MemberState;
import rebound.words.Line;

/**
 * The member's zone as they see and set it (issue 21): asked once, lightly, after their first plan
 * when their platform did not give it (Discord gives none); shown and changed with
 * {@code /rejected settings} (pressed or typed); a zone typed while it is still unknown is taken as
 * the answer. Changing it keeps every pending follow-up on its local date ({@link MemberClock#moveTo}).
 */
final class ZoneSettings {

    /** The {@code /rejected} subcommand that shows and changes the settings. */
    static final String COMMAND = "settings";

    private final Views views;
    private final ZoneAnswer zones;

    ZoneSettings(Views views) {
        this.views = views;
        this.zones = new ZoneAnswer(views.words());
    }

    /** {@code /rejected settings [zone]}: the settings, or the zone changed to the one typed. */
    Reply run(Reply reply, String typed) {
        if (typed.isBlank()) {
            ZoneId zone = reply.state().zone();
            String shown = reply.state().zoneKnown() ? ZoneAnswer.display(zone) : views.say(Line.SETTINGS_ZONE_UNKNOWN);
            return reply.say(views.say(Line.SETTINGS_SHOW, Map.of("answer", shown, "when", morning())), choices());
        }
        Optional<ZoneId> zone = zones.read(typed);
        if (zone.isEmpty()) {
            return reply.say(views.say(Line.ZONE_NOT_UNDERSTOOD, Map.of("answer", typed.strip())), choices());
        }
        return set(reply, zone.get());
    }

    /** After the first plan, for a member whose zone is unknown: the question, with a few zones to press. */
    Reply askOnce(Reply reply, boolean firstPlan) {
        if (!firstPlan || reply.state().zoneKnown()) {
            return reply;
        }
        return reply.say(views.say(Line.ZONE_ASK, Map.of("when", morning())), choices());
    }

    /** A typed zone, taken as the answer while the member's zone is unknown; empty for any other text. */
    Optional<Reply> typed(Reply reply, String text) {
        if (reply.state().zoneKnown()) {
            return Optional.empty();
        }
        return zones.read(text).map(zone -> set(reply, zone));
    }

    private Reply set(Reply reply, ZoneId zone) {
        MemberState moved = views.clock().moveTo(reply.state(), zone, reply.now()).zoneChosenByMember();
        return reply.with(moved).say(views.say(Line.ZONE_SET, Map.of("answer", ZoneAnswer.display(zone),
                "when", morning())), List.of(views.listChoice()));
    }

    /** When reminders come, as words.txt's {@code reminder_morning} writes it ({@code 09:00}). */
    private String morning() {
        return views.say(Line.REMINDER_MORNING).strip();
    }

    private List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        zones.choices().forEach((label, zone) -> choices.add(Action.choice(label, zone.getId(),
                new Action.Command(COMMAND + " " + zone.getId()))));
        return choices;
    }
}
