package rebound.intake;

import java.util.List;

/** One answer a step offers: its stable value, the label members see, and other words for it. */
public record Option(String value, String label, List<String> aliases) {

    public Option {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Option withAliases(List<String> more) {
        return new Option(value, label, more);
    }
}
