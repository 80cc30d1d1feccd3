package rebound.playbook;

import java.util.List;
import java.util.Map;

/**
 * A template for one kind of message (a thank-you, a status check...) in each tone. A tone may
 * have several variants so that notes to different people never read the same.
 */
public record Script(String kind, Map<String, List<Variant>> tones) {

    public record Variant(Template subject, Template body) {
    }

    public Script {
        tones = Map.copyOf(tones);
    }

    public List<Variant> variants(String tone) {
        List<Variant> variants = tones.get(tone);
        return variants == null || variants.isEmpty() ? tones.get(ScriptLibrary.TONES.get(0)) : variants;
    }
}
