package rebound.intake;

/** What a typed answer turned out to be. */
public sealed interface Reading {

    /** A valid answer: the value to keep (option values joined by commas for several). */
    record Answer(String value) implements Reading {
    }

    /** Not an answer to this step; {@code why} names the words.txt line that explains what fits. */
    record NotUnderstood(String why) implements Reading {
    }
}
