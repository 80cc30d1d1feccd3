package rebound.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rebound.frontdoor.Draft;
import rebound.intake.Step;
import rebound.playbook.ScriptLibrary;
import rebound.reading.TopicReader;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Turns a finished intake into drafts, follow-ups and guidance, and moves that plan when the member
 * reports what happened. The rules are data too: the playbook's {@code plan.txt} says which kind goes to
 * whom and when (read by {@link PlanRules}); every word the member reads is in scripts/*.txt and
 * words.txt. This class is the door to the rules: {@link PlanWork} finds the people a rule names and
 * dates the follow-ups, {@link DraftWriter} renders one unique draft per person, and
 * {@link OutcomeReport} moves the plan after an outcome.
 */
public final class Playbook {

    /** The kinds of script this playbook writes; each has a file {@code scripts/<kind>.txt}. */
    public static final List<String> KINDS = List.of("thank_you", "feedback_request", "reference_request",
            "thanks_anyway", "referral_thanks", "not_now_reply", "status_check", "check_in", "hire_check",
            "share_opportunity", "courteous_close", "apply_again", "report_back", "feedback_thanks",
            "invitation_reply", "referral_intro", "linkedin_note");

    /**
     * The kinds written to someone the member has not met yet, on behalf of the person the rule names:
     * the first e-mail to whoever a referrer pointed them to, saying who sent them (seed 000). The draft
     * goes to no one named ("Hi [their name],"), and {@code ${referrer}} is the person who vouched.
     */
    public static final List<String> TO_SOMEONE_NEW = List.of("referral_intro");

    /**
     * The kinds sent with something else on another channel, not as an e-mail of their own: the note of
     * a LinkedIn invitation. A reminder never asks whether they went out before its own note.
     */
    public static final List<String> WITH_AN_INVITATION = List.of("linkedin_note");

    /** The kinds a follow-up can propose; each needs a {@code reminder_<kind>} line in words.txt. */
    public static final List<String> FOLLOW_UP_KINDS = List.of("status_check", "check_in", "hire_check",
            "share_opportunity", "reference_request", "feedback_request", "report_back");

    /**
     * What a member can report after the intake; each needs {@code outcome_<value>} and
     * {@code choice_outcome_<value>} lines in words.txt. The first five keep their places (members type
     * their numbers); {@code replied} says only that someone answered, so the bot then asks what they said
     * (issue 12: a reply after silence may be an invitation, not a no).
     */
    public static final List<String> OUTCOMES = List.of("replied", "reference", "declined", "reopened",
            "no_answer", "final_no", "feedback", "invited", "offer", "new_job");

    /** What someone said, asked after {@code replied}: each outcome here is about the person who answered. */
    public static final List<String> SAID = List.of("final_no", "feedback", "invited", "offer", "reference",
            "declined", "reopened");

    /** Outcomes about one person (or the hiring team), for which the member is asked who answered. */
    public static final List<String> ABOUT_SOMEONE = List.of("replied", "final_no", "feedback", "invited",
            "offer", "reference", "declined");

    /** Outcomes only a person can give (a reference, a no to helping): the hiring team is not offered. */
    public static final List<String> ONLY_A_PERSON = List.of("reference", "declined");


    /** Member text put into a draft is cut to these lengths so a draft always stays copyable. */
    static final int LONGEST_VALUE = 300;
    static final int LONGEST_NAME = 80;
    public static final int LONGEST_DRAFT = 1500;

    /** The hiring team, unnamed: who a note goes to when the member named nobody (a reply to their e-mail). */
    static final Contact TEAM = new Contact("", "", "");

    /**
     * Given to {@link #report} as {@code to} when the member says the company answered (the hiring team,
     * not one of their people): the plan follows for the team, written to unnamed.
     */
    public static final String THE_TEAM = "#team";

    private final PlanRules rules;
    private final DraftWriter writer;
    private final OutcomeReport outcomes;

    /** A playbook whose drafts write each remembered topic for its reader with {@code topics}. */
    public Playbook(ScriptLibrary scripts, Step contactsStep, PlanRules rules, TopicReader topics) {
        this(rules, new DraftWriter(scripts, contactsStep, topics, rules.longest));
    }

    private Playbook(PlanRules rules, DraftWriter writer) {
        this.rules = rules;
        this.writer = writer;
        this.outcomes = new OutcomeReport(rules, writer);
    }

    /**
     * This playbook for a member in {@code zone}: it dates every follow-up (the plan, after an outcome, a
     * repeat, a snooze) on a day notes go out on their calendar ({@link #workingDays()}), and keeps the light
     * touch for the day it truly comes. Without it, a date may fall on any day (the member's clock then
     * moves it to the next working day, but the light touch was reckoned before that move).
     */
    public Playbook inZone(ZoneId zone) {
        return new Playbook(rules.inZone(zone), writer);
    }

    /**
     * The most reminder messages a member gets in one day of their own (plan.txt's {@code reminders a day},
     * at least 1; issue 22); when more follow-ups are due, the last message of the day gathers the rest.
     */
    public int remindersADay() {
        return rules.remindersADay;
    }

    /** How many follow-ups a gathered reminder names one by one (plan.txt's {@code gathered shows}, at least 1). */
    public int gatheredShows() {
        return rules.gatheredShows;
    }

    /**
     * The days of the week a follow-up may fall on, in the member's own calendar (plan.txt's
     * {@code notes go out}, Monday to Friday unless set): a note to a recruiter or a hiring manager is a
     * work e-mail, so one due on another day comes on the next of these ({@code MemberClock} moves it).
     */
    public WorkingDays workingDays() {
        return rules.touch.workingDays();
    }

    /** How far "remind me later" moves a reminder. */
    public Duration snooze() {
        return rules.snooze;
    }

    /**
     * "Remind me later": {@code followUp} comes back at the playbook's snooze from {@code now}, later if
     * the light touch of plan.txt asks (three days from any other follow-up to the same person, one ask at
     * a time, a few follow-ups a month at most; issue 21: a snoozed note no longer lands the day before
     * the hire check to the same person). A snoozed ask keeps its place before the asks planned after it
     * to the same person (the one that matters most comes first): those move after it instead.
     */
    public Rejection snooze(Rejection rejection, FollowUp followUp, Instant now) {
        List<FollowUp> laterAsks = rules.touch.asks().contains(followUp.kind())
                ? rejection.pendingFollowUps().stream().filter(f -> !f.id().equals(followUp.id())
                        && f.to().equals(followUp.to()) && rules.touch.asks().contains(f.kind())
                        && f.due().isAfter(followUp.due())).sorted(Comparator.comparing(FollowUp::due)).toList()
                : List.of();
        Rejection without = rejection.withFollowUps(rejection.followUps().stream()
                .filter(f -> !laterAsks.contains(f)).toList());
        Instant due = rules.touch.date(without, List.of(), List.of(), now, followUp.kind(), followUp.to(),
                now.plus(rules.snooze), followUp.id());
        Rejection r = rejection.withFollowUp(followUp.id(), f -> f.movedTo(due));
        for (FollowUp later : laterAsks) {
            Rejection current = r;
            Instant moved = rules.touch.date(current, List.of(), List.of(), now, later.kind(), later.to(),
                    later.due(), later.id());
            r = current.withFollowUp(later.id(), f -> moved.equals(f.due()) ? f : f.movedTo(moved));
        }
        return r;
    }

    /**
     * "Stop reminders for this one": the chain {@code followUp} belongs to ends, that kind to that person
     * (its repeats too); the rest of the plan stays, the new hire's three-month check among it (issue 21;
     * seeds 002, 004: the new hire may leave). Stopped follow-ups are kept, marked so.
     */
    public Rejection stopChain(Rejection rejection, FollowUp followUp) {
        return rejection.withFollowUps(rejection.followUps().stream().map(f -> f.isPending()
                && f.kind().equals(followUp.kind()) && f.to().equals(followUp.to()) ? f.stopped() : f).toList());
    }

    /** "Stop everything for this company": every pending follow-up of the rejection ends, kept, marked so. */
    public Rejection stopEverything(Rejection rejection) {
        return rejection.withFollowUps(rejection.followUps().stream().map(f -> f.isPending() ? f.stopped() : f)
                .toList());
    }

    // ---- the plan made when the intake ends ----

    /** The drafts, follow-ups (dated from {@code now}) and notes the rules of plan.txt give {@code rejection}. */
    public Plan plan(Rejection rejection, Instant now) {
        return PlanWork.plan(rules, writer, rejection, now);
    }

    // ---- what happens later ----

    /** What an outcome changed: the rejection as it is now, the drafts to offer, and what to say. */
    public record Update(Rejection rejection, List<Draft> drafts, List<FollowUp> added, List<String> notes) {
    }

    /**
     * Moves the plan after the member reported {@code outcome} about {@code to} (a contact's name,
     * {@link #THE_TEAM} for the hiring team, or empty to let the playbook pick the person it concerns).
     * The rules {@code on:} that outcome (plan.txt) stop follow-ups, plan again or write to {@code them}:
     * only that person. The outcome is kept in the history, with that person's name.
     */
    public Update report(Rejection rejection, String outcome, String to, Instant now) {
        return report(rejection, outcome, to, "", now);
    }

    /**
     * As {@link #report(Rejection, String, String, Instant)}, with what the member added: for a referral,
     * the company it is for (kept in the history; the notes to that person name it as {@code ${targets}}).
     */
    public Update report(Rejection rejection, String outcome, String to, String detail, Instant now) {
        return outcomes.report(rejection, outcome, to, detail, now);
    }

    /** Whether a reminder of {@code kind} offers {@code outcome} as a button (plan.txt: reminder offers). */
    public boolean offers(String kind, String outcome) {
        List<String> offered = rules.offers.get(kind);
        return offered == null || offered.contains(outcome);
    }

    /**
     * After a follow-up was delivered: one the playbook repeats (plan.txt: repeat, or repeat at the
     * rejection's cadence) plans its next time, dated by the light touch; stopped ones are not counted.
     */
    public Rejection afterDelivery(Rejection rejection, FollowUp delivered, Instant now) {
        String key = repeatKey(rejection.cadence(), delivered.kind());
        Duration every = rules.repeats.get(key);
        if (every == null) {
            return rejection;
        }
        long times = rejection.followUps().stream().filter(f -> f.status() != FollowUp.Status.STOPPED)
                .filter(f -> f.kind().equals(delivered.kind()) && f.to().equals(delivered.to())).count();
        if (times >= rules.repeatTimes.getOrDefault(key, 1)) {
            return rejection;
        }
        List<FollowUp> more = new ArrayList<>(rejection.followUps());
        Instant due = rules.touch.date(rejection, List.of(), List.of(), now, delivered.kind(), delivered.to(),
                now.plus(every), null);
        more.add(PlanWork.followUp(rejection, List.of(), delivered.kind(), due, delivered.to())
                .answering(delivered.answerOf()));
        return rejection.withFollowUps(more);
    }

    /** The repeat plan.txt gives {@code kind} at {@code cadence}: its own line, else the playbook's own. */
    private String repeatKey(String cadence, String kind) {
        String key = cadence + " " + kind;
        return !cadence.isEmpty() && rules.repeats.containsKey(key) ? key : kind;
    }

    /** The cadences a member may choose besides the playbook's own (plan.txt: repeat monthly: ...). */
    public List<String> cadences() {
        return rules.cadences;
    }

    /** Whether a reminder of {@code kind} offers the cadences: it is one that repeats at some cadence. */
    public boolean offersCadence(String kind) {
        return rules.cadences.stream().anyMatch(c -> rules.repeats.containsKey(c + " " + kind));
    }

    /**
     * The member chose how often to keep in touch (issue 21; seed 004: "maybe monthly"), on the reminder
     * of {@code delivered}: the rejection keeps {@code cadence} (empty: the playbook's own, every few
     * months), that chain's pending repeats give way, and its next time follows the cadence, dated by the
     * light touch (every repeat still ends: plan.txt says how many times).
     */
    public Rejection keepInTouch(Rejection rejection, FollowUp delivered, String cadence, Instant now) {
        Rejection r = rejection.withCadence(cadence).withFollowUps(rejection.followUps().stream()
                .map(f -> f.isPending() && !f.id().equals(delivered.id()) && f.kind().equals(delivered.kind())
                        && f.to().equals(delivered.to()) ? f.stopped() : f).toList());
        return afterDelivery(r, delivered, now);
    }

    /**
     * The draft a follow-up proposes when it comes due, worded unlike the notes of that kind already
     * made for that person and unlike a colleague's asked the same day.
     */
    public Draft draftFor(Rejection rejection, FollowUp followUp) {
        return writer.draftFor(rejection, followUp);
    }

    /** One kind rendered for one person, in the rejection's tone (first variant). */
    public Draft draft(String kind, Rejection rejection, Contact contact) {
        return writer.draft(kind, rejection, contact);
    }

}
