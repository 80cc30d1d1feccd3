package rebound.frontdoor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The door's check of a submitted {@link Form} ({@link FrontDoor#submit(Inbound, ReplyChannel, FormErrors.Shown)}):
 * its errors by field id in the playbook's words, from {@link Bot#checkForm}, which touches no state, so it
 * runs on the caller's thread. A valid form is queued as one turn like any other ({@link MemberTurns}); a form
 * with errors changes nothing, and when the platform shows errors {@linkplain FormErrors.Shown#IN_CHAT in the
 * conversation} the member is answered, in their order, with one message listing them, one a line, and the
 * form to fill in again.
 */
final class FormCheck {

    private final Bot bot;
    private final MemberTurns turns;

    /** Forms of {@code bot}, a valid one (or its errors in the conversation) queued in {@code turns}. */
    FormCheck(Bot bot, MemberTurns turns) {
        this.bot = bot;
        this.turns = turns;
    }

    /** A form checked and taken (or answered with its errors): its errors, and when what was queued is done. */
    record Submission(FormErrors errors, CompletableFuture<Void> handled) {
    }

    /**
     * The form {@code inbound} submits, checked and, when valid, queued as its member's turn (answers to
     * {@code channel}); with errors shown {@code shown}, {@link FormErrors.Shown#IN_CHAT} queues the
     * message listing them ({@link #inChat}), at the member's pace.
     *
     * @throws IllegalArgumentException when {@code inbound} is not a form submission
     */
    Submission take(Inbound inbound, ReplyChannel channel, FormErrors.Shown shown) {
        FormErrors errors = errors(inbound);
        if (errors.isEmpty()) {
            return new Submission(errors, turns.turn(inbound, channel));
        }
        if (shown == FormErrors.Shown.IN_CHAT && turns.taken(inbound.member(), channel)) {
            Member member = inbound.member();
            return new Submission(errors, turns.run(member, () -> List.of(inChat(member, errors)), channel));
        }
        return new Submission(errors, CompletableFuture.completedFuture(null));
    }

    /**
     * The errors of the form {@code inbound} submits; empty when it is taken as submitted.
     *
     * @param inbound carries an {@link Event.FormSubmit}: the form's id and the values by field id
     * @throws IllegalArgumentException when {@code inbound} is not a form submission
     */
    FormErrors errors(Inbound inbound) {
        if (!(inbound.event() instanceof Event.FormSubmit submitted)) {
            throw new IllegalArgumentException("not a form submission: " + inbound.event());
        }
        return new FormErrors(submitted.form(), bot.checkForm(submitted.form(), submitted.values()));
    }

    /** One message listing a form's errors, one per line, with the form to fill in again when there is one. */
    Outbound inChat(Member member, FormErrors errors) {
        StringBuilder text = new StringBuilder();
        errors.byField().values().forEach(error -> text.append("- ").append(error).append('\n'));
        Outbound message = Outbound.say(member, text.toString().strip());
        return bot.form(errors.form()).map(form -> new Outbound(member, message.text(), null, List.of(), false,
                List.of(), List.of(), false, form)).orElse(message);
    }
}
