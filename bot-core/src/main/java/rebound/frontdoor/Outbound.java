package rebound.frontdoor;

import java.util.ArrayList;
import java.util.List;

/**
 * One platform-neutral message to a member.
 *
 * <p>{@code text} uses a tiny markup every front door can render: {@code *bold*}, lines starting
 * with {@code "- "} as list items, and line breaks. {@code step} is the id of the intake step this
 * message asks, or null. When {@code multiple} is true several choices may be picked together; a
 * front door then sends their values as text, separated by commas. {@code form}, when present,
 * offers a form the front door may show as a modal. {@code attachments} are files sent with the message
 * (issue 20, item 9; issue 21): every front door delivers them, in this order.
 */
public record Outbound(
        Member member,
        String text,
        String step,
        List<Choice> choices,
        boolean multiple,
        List<Draft> drafts,
        List<PlannedFollowUp> followups,
        boolean reminder,
        Form form,
        List<Attachment> attachments) {

    public Outbound {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        text = text == null ? "" : text;
        choices = choices == null ? List.of() : List.copyOf(choices);
        drafts = drafts == null ? List.of() : List.copyOf(drafts);
        followups = followups == null ? List.of() : List.copyOf(followups);
    }

    /** A message without files. */
    public Outbound(Member member, String text, String step, List<Choice> choices, boolean multiple,
            List<Draft> drafts, List<PlannedFollowUp> followups, boolean reminder, Form form) {
        this(member, text, step, choices, multiple, drafts, followups, reminder, form, List.of());
    }

    public static Outbound say(Member member, String text) {
        return new Outbound(member, text, null, List.of(), false, List.of(), List.of(), false, null);
    }

    public Outbound withChoices(List<Choice> newChoices) {
        return new Outbound(member, text, step, newChoices, multiple, drafts, followups, reminder, form, attachments);
    }

    public Outbound withDrafts(List<Draft> newDrafts) {
        return new Outbound(member, text, step, choices, multiple, newDrafts, followups, reminder, form, attachments);
    }

    public Outbound withFollowups(List<PlannedFollowUp> newFollowups) {
        return new Outbound(member, text, step, choices, multiple, drafts, newFollowups, reminder, form, attachments);
    }

    /** The same message with these files, after any it had. */
    public Outbound withAttachments(List<Attachment> more) {
        List<Attachment> all = new ArrayList<>(attachments);
        all.addAll(more);
        return new Outbound(member, text, step, choices, multiple, drafts, followups, reminder, form, all);
    }

    public Outbound asReminder() {
        return new Outbound(member, text, step, choices, multiple, drafts, followups, true, form, attachments);
    }
}
