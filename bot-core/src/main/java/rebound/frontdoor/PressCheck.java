package rebound.frontdoor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The door's check of a pressed component of ours ({@link FrontDoor#press}, {@link FrontDoor#submit(Member,
 * String, Map, String, java.time.ZoneId, java.util.function.Supplier)}): reads the id it carries back
 * ({@link Press}) and decides what the press is, without taking it. An id it cannot read (malformed,
 * forged, a short code of before issue 19) is refused with the {@code expired} line, one of another
 * member's with {@code not_yours}, and nothing changes. A choice is the presser's turn (the action its
 * payload, or the entry picked from a menu), a menu of several one text of the entries picked, a form
 * button the form to open (refused as expired when the core has none by that id), a submitted form
 * ({@link Press.Kind#FORM}, {@link #submitted}) the form's values (pressed as a button, it is expired).
 */
final class PressCheck {

    private final Bot bot;
    private final DoorWords words;

    /** Presses of {@code bot}'s components (its forms), refused in the front doors' {@code words}. */
    PressCheck(Bot bot, DoorWords words) {
        this.bot = bot;
        this.words = words;
    }

    /** What a press is: refused with a line, a turn with its event, or a form to open. */
    sealed interface Verdict {

        /**
         * The {@link Pressed} the door answers: a {@link Turn} queued by {@code taken} (which gives when the
         * turn is done), the others as they are.
         */
        Pressed pressed(Function<Event, CompletableFuture<Void>> taken);
    }

    /** Refused with {@code line} ({@code expired}, {@code not_yours}): nothing changes. */
    record Refused(String line) implements Verdict {
        @Override
        public Pressed pressed(Function<Event, CompletableFuture<Void>> taken) {
            return new Pressed.Refused(line);
        }
    }

    /** The presser's turn, with {@code event}. */
    record Turn(Event event) implements Verdict {
        @Override
        public Pressed pressed(Function<Event, CompletableFuture<Void>> taken) {
            return new Pressed.Taken(taken.apply(event));
        }
    }

    /** A form button of the presser's: {@code form} opens now. */
    record OpensForm(Form form) implements Verdict {
        @Override
        public Pressed pressed(Function<Event, CompletableFuture<Void>> taken) {
            return new Pressed.OpensForm(form);
        }
    }

    /**
     * A press of {@code id} by {@code presser}, {@code picked} the entries the platform reports chosen (a
     * menu's pick, a Slack button's value; empty for a Discord button, whose action is in its id).
     */
    Verdict press(Member presser, String id, List<String> picked) {
        Optional<Press> press = Press.read(id);
        Optional<String> refusal = refusal(press, presser);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        Press owned = press.get();
        return switch (owned.kind()) {
            case CHOICE -> new Turn(new Event.Action(picked.isEmpty() ? owned.payload() : picked.get(0)));
            case SEVERAL -> new Turn(new Event.Text(String.join(", ", picked)));
            case OPEN_FORM -> bot.form(owned.payload()).<Verdict>map(OpensForm::new).orElseGet(this::expired);
            case FORM -> expired(); // a submitted form is no press
        };
    }

    /**
     * A submitted form whose id is a {@link Press} of kind {@link Press.Kind#FORM}, checked as {@link #press}
     * checks a press: a {@link Turn} with an {@link Event.FormSubmit} of {@code values} (by field id), or refused.
     */
    Verdict submitted(Member presser, String id, Map<String, String> values) {
        Optional<Press> press = Press.read(id).filter(p -> p.kind() == Press.Kind.FORM);
        Optional<String> refusal = refusal(press, presser);
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        return new Turn(new Event.FormSubmit(press.get().payload(), values));
    }

    /**
     * The line the door refuses a press of {@code id} with ({@code expired}, {@code not_yours}), or empty when
     * it is the presser's, without taking it.
     */
    Optional<String> refusal(Member presser, String id) {
        return refusal(Press.read(id), presser);
    }

    /** The line refusing a press that was not read ({@code expired}) or is not the presser's ({@code not_yours}). */
    private Optional<String> refusal(Optional<Press> press, Member presser) {
        if (press.isEmpty()) {
            return Optional.of(words.say("expired"));
        }
        return press.get().ownedBy(presser) ? Optional.empty() : Optional.of(words.say("not_yours"));
    }

    private Verdict expired() {
        return new Refused(words.say("expired"));
    }
}
