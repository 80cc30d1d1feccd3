package rebound.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import rebound.frontdoor.Member;
import rebound.conversation.Conversation;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Issue 18's draft audit: what a member would have to edit before sending a draft, or what would
 * embarrass them if they did not. {@link PlanCombinationsTest} runs it on every draft of every plan of
 * its table, now and when each follow-up comes due, and on the reminder message that brings each
 * follow-up. A draft is flagged for:
 * <ul>
 * <li>a blank name: a greeting or a sentence with an empty slot ("sent a thank-you to .");</li>
 * <li>raw member text outside a vetted slot: a target list or a remembered topic that is not a clean
 * name or phrase ("I'm applying next to any fintech really"), or chat slang anywhere;</li>
 * <li>a line meant for another reader, or a claim the story contradicts: {@link ReaderTest#check}'s
 * phrase groups (contradictions.txt), among them "you both ... together" to anyone but the hiring
 * manager and a LinkedIn invitation or "twenty minutes" to someone the member neither clicked with nor
 * wants to stay in touch with;</li>
 * <li>a past the intake never gave: what a person's part only suggests (a recruiter "kept me in the loop",
 * a hiring manager "described the team", an interviewer's "questions that made me think"), or a feeling the
 * member never told about a talk ("a highlight", "stayed with me", "more energy"): contradictions.txt's
 * groups what-a-part-only-suggests and feelings-never-told, which no situation allows;</li>
 * <li>a promise the member did not ask for: a reference ask, or a question asking for feedback, in a
 * note of another kind when that goal was not chosen;</li>
 * <li>a story that contradicts itself across notes: a note saying the member is moving on, then a
 * question to the same person about how to be a stronger candidate; a note promising a LinkedIn
 * invitation with no note drafted for that invitation;</li>
 * <li>a note longer than where it is pasted allows (plan.txt: longest).</li>
 * </ul>
 * The counters say how much was audited ({@link #drafts}, {@link #reminders}).
 */
final class DraftAudit {

    /** Drafts audited so far in this JVM (each plan's drafts and each follow-up's draft). */
    static final AtomicLong drafts = new AtomicLong();
    /** Reminder messages audited so far in this JVM. */
    static final AtomicLong reminders = new AtomicLong();

    private static final Conversation CONVERSATION = new Conversation(PlanCombinationsTest.BUNDLE);
    /** Chat words that never belong in a note to a recruiter or a hiring manager. */
    private static final Pattern SLANG = Pattern.compile("(?i)\\b(lol|tbh|kinda|idk|lmao|haha|imo|ngl|omg)\\b|!!|:\\)");
    /** Words that say a typed value is a thought, not a name: it is never pasted into a note. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)\\b(any|anything|really|maybe|probably|whatever|somewhere|something|stuff|like|i|me|my|idk|etc)\\b|\\?");
    private static final Pattern EMPTY_SLOT = Pattern.compile("\\b(to|with|from|for|at|and) [.,;:!?]|\\(\\)|\\$\\{");
    private static final Pattern MOVING_ON = Pattern.compile(
            "(?i)pursuing other|moving on|another direction|other directions|other paths|looking elsewhere"
                    + "|closing that chapter|i've moved on|other leads");
    private static final Pattern BETTER_CANDIDATE = Pattern.compile(
            "(?i)stronger candidate|stronger for a role|closer match|stand out more|make my application stronger"
                    + "|profile stronger|strengthen");
    private static final Pattern REFERENCE_ASK = Pattern.compile("(?i)as a reference|a referee|vouch(ing)? for me"
            + "|recommend me\\b|be a reference");
    private static final Pattern FEEDBACK_ASK = Pattern.compile("(?i)what would have made|where did my|fell short"
            + "|fall short|one thing that would|held it back|honest pointer");
    private static final Set<String> FEEDBACK_KINDS = Set.of("feedback_request", "feedback_thanks");
    private static final Set<String> REFERENCE_KINDS = Set.of("reference_request", "referral_thanks", "report_back",
            "referral_intro");

    private DraftAudit() {
    }

    /** What is wrong with one draft for its reader ({@code when}: "now", "day 30"); empty when nothing. */
    static List<String> draft(Draft d, Rejection r, Contact reader, boolean afterSilence, String when) {
        drafts.incrementAndGet();
        List<String> problems = new ArrayList<>(ReaderTest.check(d.subject(), d.body(), r, reader, afterSilence,
                r.tone()));
        String text = d.subject() + "\n" + d.body();
        Integer most = PlanCombinationsTest.BUNDLE.rules().longest.get(d.kind());
        if (most != null && d.body().length() > most) {
            problems.add("is " + d.body().length() + " characters long, where at most " + most + " fit");
        }
        if (EMPTY_SLOT.matcher(text).find()) {
            problems.add("has an empty slot");
        }
        if (SLANG.matcher(text).find()) {
            problems.add("has chat slang");
        }
        for (String typed : typedValues(r)) {
            if (NOT_A_NAME.matcher(typed).find() && text.toLowerCase(Locale.ROOT)
                    .contains(typed.toLowerCase(Locale.ROOT))) {
                problems.add("pastes what the member typed as it is: \"" + typed + "\"");
            }
        }
        if (!r.wants("reference") && !REFERENCE_KINDS.contains(d.kind()) && REFERENCE_ASK.matcher(text).find()) {
            problems.add("asks for a reference the member did not want");
        }
        if (!r.wants("feedback") && !FEEDBACK_KINDS.contains(d.kind()) && FEEDBACK_ASK.matcher(text).find()) {
            problems.add("asks for feedback the member did not want");
        }
        return problems.stream().map(p -> d.kind() + " to '" + d.to() + "' (" + when + ") " + p + "\n" + d.body())
                .toList();
    }

    /** What is wrong with the reminder message that brings {@code f} (the plan's drafts not yet sent). */
    static List<String> reminder(Rejection planned, FollowUp f) {
        reminders.incrementAndGet();
        String text = CONVERSATION.reminder(new Member("console:audit"), planned, f).text();
        List<String> problems = new ArrayList<>();
        if (EMPTY_SLOT.matcher(text).find() || text.contains(" .") || text.contains(" ,") || text.contains("  ")) {
            problems.add("the reminder of " + f.kind() + " to '" + f.to() + "' has an empty slot\n" + text);
        }
        return problems;
    }

    /**
     * The story across one person's notes, in the order they come ({@code dated}: each draft with the
     * instant it is proposed): nobody who was told the member is moving on is later asked how the member
     * could be a stronger candidate.
     */
    static List<String> story(List<Dated> dated) {
        List<String> problems = new ArrayList<>();
        for (Dated closing : dated) {
            if (!MOVING_ON.matcher(closing.draft().body()).find()) {
                continue;
            }
            for (Dated later : dated) {
                if (later.draft().to().equals(closing.draft().to()) && later.at().isAfter(closing.at())
                        && BETTER_CANDIDATE.matcher(later.draft().body()).find()) {
                    problems.add(later.draft().kind() + " to '" + later.draft().to() + "' (day "
                            + Duration.between(closing.at(), later.at()).toDays() + " after saying the member is "
                            + "moving on) asks how to be a stronger candidate\n" + later.draft().body());
                }
            }
        }
        return problems;
    }

    /**
     * Everyone promised a LinkedIn invitation in a plan's drafts has the invitation's note among them
     * ({@code drafts}: the notes made when the intake ends).
     */
    static List<String> invitations(List<Draft> drafts) {
        List<String> problems = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.kind().equals("linkedin_note") && d.body().contains("LinkedIn") && drafts.stream()
                    .noneMatch(n -> n.kind().equals("linkedin_note") && n.to().equals(d.to()))) {
                problems.add(d.kind() + " to '" + d.to() + "' promises a LinkedIn invitation, and no note for it is "
                        + "drafted\n" + d.body());
            }
        }
        return problems;
    }

    /** A draft and when it is proposed. */
    record Dated(Draft draft, Instant at) {
    }

    private static List<String> typedValues(Rejection r) {
        List<String> typed = new ArrayList<>();
        if (!r.targets().isBlank()) {
            typed.add(r.targets().strip());
            for (String item : r.targets().split("[,;&/]")) {
                if (!item.isBlank()) {
                    typed.add(item.strip());
                }
            }
        }
        r.contacts().stream().map(Contact::detail).filter(s -> !s.isBlank()).forEach(typed::add);
        return typed;
    }
}
