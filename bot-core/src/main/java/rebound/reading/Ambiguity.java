package rebound.reading;

import java.util.List;

/**
 * A line that cannot be decided without the member: the word that could mean two parts
 * ({@code PM}: a product manager or the hiring manager?), the one short question to ask, and the
 * answers as the member sees them, each with the part id it stands for. From {@code people.txt}'s
 * {@code [ask WORD]} blocks.
 */
public record Ambiguity(String word, String question, List<Choice> choices) {

    public Ambiguity {
        choices = List.copyOf(choices);
    }

    /** One answer to the question: the part id it settles on and its label. */
    public record Choice(String part, String label) {
    }
}
