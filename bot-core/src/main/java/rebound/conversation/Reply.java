package rebound.conversation;

import rebound.frontdoor.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.PlannedFollowUp;
import rebound.member.MemberState;

/**
 * What one turn has produced so far: the member's state, the messages, the effects, and whether the
 * turn ends by asking the current question again. Immutable: each handler returns the next reply,
 * and asking again is done once, by the router, for whatever state the turn ends in.
 */
record Reply(Member member, Instant now, MemberState state, List<Outbound> messages, List<Turn.Effect> effects,
             Then then) {

    /** Longest text of one message: Discord allows 2,000 characters, Slack 3,000 per text block. */
    static final int LONGEST_MESSAGE = 1900;

    /** How the turn ends once the handlers are done. */
    enum Then {
        /** As it is. */
        NOTHING,
        /** With the question of the intake under way, if there is one. */
        ASK,
        /** With the question of the intake under way, or a greeting when none is. */
        ASK_OR_GREET
    }

    static Reply to(Member member, MemberState state, Instant now) {
        return new Reply(member, now, state, List.of(), List.of(), Then.NOTHING);
    }

    Reply with(MemberState newState) {
        return new Reply(member, now, newState, messages, effects, then);
    }

    Reply say(String text) {
        return add(Outbound.say(member, text));
    }

    Reply say(String text, List<Choice> choices) {
        return add(Outbound.say(member, text).withChoices(choices));
    }

    Reply add(Outbound message) {
        if (then != Then.NOTHING) {
            throw new IllegalStateException("a message after the question would be asked again: " + message.text());
        }
        List<Outbound> more = new ArrayList<>(messages.size() + 1);
        more.addAll(messages);
        more.add(message);
        return new Reply(member, now, state, more, effects, then);
    }

    Reply effect(Turn.Effect effect) {
        List<Turn.Effect> more = new ArrayList<>(effects);
        more.add(effect);
        return new Reply(member, now, state, messages, more, then);
    }

    /** Ends the turn by asking the current question again (the one place that asks is the router). */
    Reply thenAsk() {
        return new Reply(member, now, state, messages, effects, Then.ASK);
    }

    /** Ends the turn with the current question, or a greeting when no intake is under way. */
    Reply thenAskOrGreet() {
        return new Reply(member, now, state, messages, effects, Then.ASK_OR_GREET);
    }

    Reply asked() {
        return new Reply(member, now, state, messages, effects, Then.NOTHING);
    }

    /** Says a long text as several messages, split between paragraphs, so each fits every platform. */
    Reply sayLong(String text, List<Choice> choices, List<PlannedFollowUp> followUps) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > LONGEST_MESSAGE) {
            int cut = rest.lastIndexOf("\n\n", LONGEST_MESSAGE);
            if (cut <= 0) {
                cut = rest.lastIndexOf('\n', LONGEST_MESSAGE);
            }
            if (cut <= 0) {
                cut = LONGEST_MESSAGE;
            }
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        Reply reply = this;
        for (int i = 0; i < parts.size(); i++) {
            Outbound message = Outbound.say(member, parts.get(i));
            if (i == parts.size() - 1) {
                message = message.withChoices(choices).withFollowups(followUps);
            }
            reply = reply.add(message);
        }
        return reply;
    }

    Turn turn() {
        return new Turn(state, messages, effects);
    }
}
