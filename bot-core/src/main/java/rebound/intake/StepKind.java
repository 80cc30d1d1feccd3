package rebound.intake;

/** How a step's answer is given. */
public enum StepKind {
    /** Free text, one line. */
    TEXT,
    /** Exactly one of the step's options. */
    ONE,
    /** One or more of the step's options, typed together. */
    SEVERAL,
    /** Yes or no (the step's options are {@code yes} and {@code no}). */
    YES_NO,
    /** Any number of people, one per message, then "done". The options are their parts. */
    CONTACTS,
    /**
     * One of the people added at the contacts step (answered {@code p1}, {@code p2}, ...: their place in
     * the list) or one of the step's options; asked only when at least one person was added.
     */
    PERSON,
    /**
     * Some of the people added (several {@code pN}) or one of the step's options; asked only when two
     * or more people were added.
     */
    PEOPLE,
    /** The summary: yes to go ahead, or edit a step. */
    CONFIRM;

    /** Whether the answer picks some of the people added at the contacts step ({@link #PERSON}, {@link #PEOPLE}). */
    public boolean picksPeople() {
        return this == PERSON || this == PEOPLE;
    }

    public static StepKind parse(String text) {
        return valueOf(text.strip().toUpperCase().replace(' ', '_').replace('-', '_'));
    }
}
