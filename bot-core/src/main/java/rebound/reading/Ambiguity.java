package rebound.reading;

import java.util.List;

/**
 * A line that cannot be decided without the member: the word that could mean two parts
 * ({@code PM}: a product manager or the hiring manager?), the one short question to ask, and the
 * answers as the member sees them, each with the part id it stands for. From {@code people.txt}'s
 * {@code [ask WORD]} blocks. Two people on one line ("Dana and Sam, interviewers") are an ambiguity
 * too: word {@link #SEVERAL_PEOPLE}, no choices, the question asks for one person per message
 * ({@code [several people]}), and the read contact has no name.
 */
public record Ambiguity(String word, String question, List<Choice> choices) {

    /** The word of the ambiguity of a line naming more than one person. */
    public static final String SEVERAL_PEOPLE = "several people";

    /** Whether the member should send the people one per message (nothing to choose). */
    public boolean severalPeople() {
        return SEVERAL_PEOPLE.equals(word);
    }

    public Ambiguity {
        choices = List.copyOf(choices);
    }

    /** One answer to the question: the part id it settles on and its label. */
    public record Choice(String part, String label) {
    }
}
