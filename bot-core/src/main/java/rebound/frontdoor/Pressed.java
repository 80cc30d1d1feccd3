package rebound.frontdoor;

import java.util.concurrent.CompletableFuture;

/**
 * What the door made of a press ({@link FrontDoor#press}): refused with a line the adapter shows the
 * presser alone (ephemerally: a Discord ephemeral reply, a Slack {@code response_url} answer), taken as
 * the member's turn, or a form the platform opens at once (a modal's trigger lasts seconds).
 */
public sealed interface Pressed {

    /**
     * Someone else's component ({@code not_yours}) or one that is no longer understood ({@code expired}):
     * nothing changed; {@code words} are the line from {@code frontdoor.txt} to show the presser only.
     */
    record Refused(String words) implements Pressed {
    }

    /** Queued as the member's turn; {@code handled} completes as {@link FrontDoor#turn}'s future does. */
    record Taken(CompletableFuture<Void> handled) implements Pressed {
    }

    /** A form button of the member's: the platform shows {@code form} (its modal) now. */
    record OpensForm(Form form) implements Pressed {
    }

    /**
     * For an adapter that waits for the commit before acknowledging: a taken press's {@link Taken#handled};
     * complete at once when nothing was queued (refused, a form to open).
     */
    default CompletableFuture<Void> handled() {
        return this instanceof Taken taken ? taken.handled() : CompletableFuture.completedFuture(null);
    }
}
