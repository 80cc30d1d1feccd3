package rebound.frontdoor;

import java.util.Map;

/** What a member did: typed something, used the command, pressed a choice, or filled a form. */
public sealed interface Event {

    /** A plain message typed by the member. */
    record Text(String text) implements Event {
        public Text {
            text = text == null ? "" : text;
        }
    }

    /**
     * The {@code /rejected} command (the only one every platform registers), with whatever followed
     * it ({@code list}, {@code new}, ...; empty for none).
     */
    record Command(String args) implements Event {
        public Command {
            args = args == null ? "" : args.trim();
        }
    }

    /** A choice the bot offered was pressed: carries that choice's {@code action}. */
    record Action(String action) implements Event {
        public Action {
            action = action == null ? "" : action.trim();
        }
    }

    /** A form the bot offered (see {@link Form}) was submitted with these field values. */
    record FormSubmit(String form, Map<String, String> values) implements Event {
        public FormSubmit {
            form = form == null ? "" : form.trim();
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }
}
