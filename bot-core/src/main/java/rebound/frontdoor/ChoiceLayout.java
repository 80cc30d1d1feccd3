package rebound.frontdoor;

import java.util.ArrayList;
import java.util.List;

/**
 * How a message's choices are shown on a platform, decided once here for every platform from its
 * {@link Capabilities} (issue 19), so a renderer only builds the widgets: a few choices as one row of
 * buttons, more as menus (one a row, as many as the message has rows for, so every choice can be
 * reached: 27 rejections to update take two menus on Discord), several to pick as one menu of several.
 * Labels are cut to the platform's length (a blank one reads {@code ?}: no platform shows an empty button).
 *
 * @param rows the rows in order; empty when the message has no choices
 */
public record ChoiceLayout(List<Row> rows) {

    /**
     * Most buttons shown before choices become a menu, whatever a row could take (a Slack actions block
     * takes 25): past five, a row of buttons reads as a wall and a menu is easier to scan.
     */
    public static final int MOST_BUTTONS = 5;

    public ChoiceLayout {
        rows = List.copyOf(rows);
    }

    /** One row of a message's choices. */
    public sealed interface Row {
    }

    /** Buttons side by side; the first is the one the member most likely wants. */
    public record Buttons(List<Choice> choices) implements Row {
        public Buttons {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A menu of one choice among {@code choices}, the entries {@code from} to {@code from + size - 1}
     * (counted from 1) of {@code total}; {@code page} is 1 for the first menu.
     */
    public record Menu(List<Choice> choices, int page, int from, int total) implements Row {
        public Menu {
            choices = List.copyOf(choices);
        }

        /** Whether the choices take more than this one menu, so each menu should say which ones it holds. */
        public boolean oneOfSeveral() {
            return choices.size() < total;
        }
    }

    /** A menu where several entries may be picked, sent back together. */
    public record Several(List<Choice> choices) implements Row {
        public Several {
            choices = List.copyOf(choices);
        }
    }

    /**
     * The layout of {@code message}'s choices on a platform with {@code capabilities}; its form's button,
     * when it has one, takes a row of its own, so menus leave it one.
     */
    public static ChoiceLayout of(Outbound message, Capabilities capabilities) {
        List<Choice> choices = message.choices().stream().map(c -> fit(c, capabilities)).toList();
        List<Row> rows = new ArrayList<>();
        int perMenu = capabilities.optionsPerMenu();
        if (choices.isEmpty()) {
            return new ChoiceLayout(rows);
        }
        if (message.multiple()) {
            rows.add(new Several(choices.subList(0, Math.min(choices.size(), perMenu))));
        } else if (choices.size() > Math.min(MOST_BUTTONS, capabilities.buttonsPerRow())) {
            int menus = Math.max(1, Math.min((choices.size() + perMenu - 1) / perMenu,
                    capabilities.rowsPerMessage() - (message.form() != null ? 1 : 0)));
            for (int m = 0; m < menus; m++) {
                int from = m * perMenu;
                rows.add(new Menu(choices.subList(from, Math.min(choices.size(), from + perMenu)), m + 1, from + 1,
                        choices.size()));
            }
        } else {
            rows.add(new Buttons(choices));
        }
        return new ChoiceLayout(rows);
    }

    private static Choice fit(Choice choice, Capabilities capabilities) {
        String label = choice.label() == null || choice.label().isBlank() ? "?" : choice.label().strip();
        return new Choice(Texts.cut(label, capabilities.labelLength()), choice.value(), choice.action());
    }
}
