package rebound.conversation;

import rebound.words.Line;
import rebound.words.Vocabulary;
import rebound.words.Vocabulary.Meaning;

/**
 * What a member with no intake under way reads when their text is no command word ({@code start},
 * {@code help}, {@code list}, {@code update}, a zone): a greeting or a question about Rebound gets the
 * welcome ({@link Views#greet}); anything else ("I got rejected by Acme", "Brightwave", "2") a short
 * line that says what to do, with the welcome's buttons (words.txt's {@code welcome_hint}, or
 * {@code welcome_back_hint} for a member who has logged one). The text itself is not kept: the
 * intake's first question asks the company, and a sentence is not a company's name.
 */
final class Welcome {

    private final Views views;
    private final Vocabulary vocabulary;

    Welcome(Views views, Vocabulary vocabulary) {
        this.views = views;
        this.vocabulary = vocabulary;
    }

    /** The welcome, or the short line that points to its buttons, for {@code text} typed as it was sent. */
    Reply typed(Reply reply, String text) {
        String normalized = Vocabulary.normalize(text);
        boolean greetsOrAsks = normalized.isEmpty() || vocabulary.is(Meaning.GREETING, normalized)
                || vocabulary.asks(text);
        if (greetsOrAsks) {
            return views.greet(reply);
        }
        if (reply.state().rejections().isEmpty()) {
            return reply.say(views.say(Line.WELCOME_HINT), views.welcomeChoices(reply.state()));
        }
        return reply.say(views.say(Line.WELCOME_BACK_HINT, views.latestVars(reply.state())),
                views.welcomeChoices(reply.state()));
    }
}
