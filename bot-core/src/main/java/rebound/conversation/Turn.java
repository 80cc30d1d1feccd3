package rebound.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;

/**
 * What one step of the conversation produced: the member's new state, the messages to send, and
 * the effects the facade applies around the store (the conversation itself touches no store).
 */
public record Turn(MemberState state, List<Outbound> messages, List<Effect> effects) {

    public Turn {
        messages = List.copyOf(messages);
        effects = List.copyOf(effects);
    }

    public Turn(MemberState state, List<Outbound> messages) {
        this(state, messages, List.of());
    }

    /** Something only the one who holds the store can do for a turn. */
    public sealed interface Effect permits Forget, Export {
    }

    /** Delete everything kept about the member instead of saving {@link #state()}. */
    public record Forget() implements Effect {
    }

    /**
     * Send the member everything kept about them: {@code intro} carrying the saved state as a file, before
     * the files it already has (a file, not a draft: 500 rejections are some 150,000 characters, past any
     * message; issue 20, item 9).
     */
    public record Export(Outbound intro) implements Effect {

        /** The name of the file of the saved state. */
        public static final String FILE_NAME = "rebound-export.json";
        /** Its media type (RFC 8259). */
        public static final String MEDIA_TYPE = "application/json";

        /** The intro message with {@code json} (the state as the store writes it) as its first file. */
        public Outbound message(String json) {
            List<Attachment> files = new ArrayList<>();
            files.add(Attachment.text(FILE_NAME, MEDIA_TYPE, json));
            files.addAll(intro.attachments());
            return new Outbound(intro.member(), intro.text(), intro.step(), intro.choices(), intro.multiple(),
                    intro.drafts(), intro.followups(), intro.reminder(), intro.form(), files);
        }
    }

    /** True when the member asked to be forgotten: the store deletes them instead of saving. */
    public boolean forget() {
        return effects.stream().anyMatch(Forget.class::isInstance);
    }

    /**
     * The messages to send, each export appended as its message with the state written by
     * {@code exportJson} (the store's own JSON, so an export shows exactly what is kept).
     */
    public List<Outbound> replies(Function<MemberState, String> exportJson) {
        if (effects.stream().noneMatch(Export.class::isInstance)) {
            return messages;
        }
        List<Outbound> all = new ArrayList<>(messages);
        for (Effect effect : effects) {
            if (effect instanceof Export export) {
                all.add(export.message(exportJson.apply(state)));
            }
        }
        return all;
    }
}
