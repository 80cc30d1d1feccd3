package rebound.intake;

import rebound.rejection.Contact;

/** What a typed answer turned out to be. */
public sealed interface Reading {

    /** A valid answer: the value to keep (option values joined by commas for several). */
    record Answer(String value) implements Reading {
    }

    /** Not an answer to this step; {@code why} names the words.txt line that explains what fits. */
    record NotUnderstood(String why) implements Reading {
    }

    /** A person added at the contacts step; {@code partUnknown} when the part typed was not recognised. */
    record ContactAdded(Contact contact, boolean partUnknown) implements Reading {
    }

    /** The member has no more people to add. */
    record ContactsDone() implements Reading {
    }
}
