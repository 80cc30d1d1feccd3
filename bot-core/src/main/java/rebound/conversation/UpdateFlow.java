package rebound.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Texts;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.member.Awaiting;
import rebound.member.MemberState;
import rebound.plan.Playbook;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;
import rebound.words.Line;
import rebound.words.Vocabulary.Meaning;
import rebound.words.Vocabulary;

/**
 * Telling an outcome through {@code /rejected update} (issue 12 section 5): which rejection (newest
 * first, issue 9), what happened, who answered, what they said, and for a referral which company; each
 * asked by buttons or read from a typed answer. What follows the outcome is {@link Outcomes}'.
 */
final class UpdateFlow {

    /** Companies offered for a referral, at most: the buttons stay within a platform's row. */
    private static final int MOST_TARGETS = 3;
    /** A company typed for a referral is cut to this many characters. */
    private static final int LONGEST_COMPANY = 80;

    private final Views views;
    private final Vocabulary vocabulary;
    private final OptionMatcher matcher;
    private final Outcomes outcomes;

    UpdateFlow(Views views, Vocabulary vocabulary, OptionMatcher matcher, Outcomes outcomes) {
        this.views = views;
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.outcomes = outcomes;
    }

    /** {@code /rejected update}: asks which rejection (or straight what happened, when there is one). */
    Reply askWhich(Reply reply) {
        List<Rejection> rejections = newestFirst(reply.state());
        if (rejections.isEmpty() && reply.state().intake() != null) {
            return views.intakeUnderWay(reply, true);
        }
        if (rejections.isEmpty()) {
            return reply.say(views.say(Line.UPDATE_NONE), List.of(views.startChoice()));
        }
        if (rejections.size() == 1) {
            return askOutcome(reply, rejections.get(0).id());
        }
        StringBuilder text = new StringBuilder(views.say(Line.UPDATE_WHICH));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < rejections.size(); i++) {
            Rejection r = rejections.get(i);
            Map<String, String> values = views.rejectionVars(r, reply.state().zone());
            values.put("count", String.valueOf(i + 1));
            text.append('\n').append(views.say(Line.UPDATE_WHICH_ITEM, values));
            choices.add(Action.choice(Texts.cut(r.company() + ", " + r.role(), 70), r.id(), new Action.PickRejection(r.id())));
        }
        return reply.with(reply.state().awaiting(new Awaiting.RejectionPick()))
                .sayLong(text.toString(), choices, List.of());
    }

    /**
     * A member's rejections as they are offered to pick one, newest first (issue 9: a platform shows the
     * first ones of a long menu; the one just logged is the one most often updated). A typed number counts
     * in this order. The state keeps them in the order they were logged, so newest first is that reversed.
     */
    static List<Rejection> newestFirst(MemberState state) {
        List<Rejection> rejections = new ArrayList<>(state.rejections());
        Collections.reverse(rejections);
        return rejections;
    }

    /** What happened with one rejection: every outcome, each leading to who answered when it matters. */
    Reply askOutcome(Reply reply, String rejectionId) {
        Rejection rejection = reply.state().rejection(rejectionId);
        if (rejection == null) {
            return views.stale(reply);
        }
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes.options()) {
            choices.add(Action.choice(outcome.label(), outcome.value(),
                    new Action.Answered(rejectionId, Action.Answered.UNKNOWN, outcome.value())));
        }
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.put("options", Views.optionList(outcomes.options()));
        return reply.with(reply.state().awaiting(new Awaiting.OutcomeOf(rejectionId)))
                .say(views.say(Line.UPDATE_WHAT, values), choices);
    }

    /** Text typed while asked which rejection, what happened, who answered, or what they said. */
    Reply answerUpdate(Reply reply, String text, Awaiting awaiting) {
        if (vocabulary.means(Meaning.CANCEL, text)) {
            return reply.with(reply.state().awaiting(Awaiting.NOTHING)).say(views.say(Line.FORGET_KEPT));
        }
        if (awaiting instanceof Awaiting.OutcomeOf asked) {
            Optional<Option> outcome = matcher.one(text, outcomes.options());
            return outcome.isEmpty() ? askOutcome(reply.say(views.say(Line.UPDATE_HINT)), asked.rejection())
                    : told(reply, reply.state().rejection(asked.rejection()), outcome.get().value(), text);
        }
        if (awaiting instanceof Awaiting.WhoOf asked) {
            Rejection rejection = reply.state().rejection(asked.rejection());
            if (rejection == null) {
                return views.stale(reply);
            }
            Optional<Option> who = matcher.one(text, whoOptions(rejection, asked.outcome()));
            return who.isEmpty() ? askWho(reply.say(views.say(Line.UPDATE_HINT)), rejection, asked.outcome())
                    : answered(reply, new Action.Answered(asked.rejection(), who.get().value(), asked.outcome()));
        }
        if (awaiting instanceof Awaiting.SaidBy asked) {
            Rejection rejection = reply.state().rejection(asked.rejection());
            if (rejection == null) {
                return views.stale(reply);
            }
            Optional<Option> said = matcher.one(text, outcomes.said());
            return said.isEmpty() ? askSaid(reply.say(views.say(Line.UPDATE_HINT)), rejection, asked.who())
                    : answered(reply, new Action.Answered(asked.rejection(), asked.who(), said.get().value()));
        }
        if (awaiting instanceof Awaiting.ReferralFor asked) {
            Rejection rejection = reply.state().rejection(asked.rejection());
            if (rejection == null) {
                return views.stale(reply);
            }
            Optional<Option> pick = matcher.one(text, referralOptions(rejection));
            if (pick.isPresent()) {
                return referredTo(reply, new Action.ReferredTo(asked.rejection(), asked.who(), pick.get().value()));
            }
            reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
            return outcomes.report(reply, rejection, "reference", whoName(rejection, asked.who()),
                    Texts.cut(text, LONGEST_COMPANY));
        }
        String normalized = Vocabulary.normalize(text);
        List<Rejection> rejections = newestFirst(reply.state());
        Rejection picked = null;
        if (normalized.matches("\\d{1,3}")) {
            int index = Integer.parseInt(normalized) - 1;
            picked = index >= 0 && index < rejections.size() ? rejections.get(index) : null;
        }
        for (Rejection r : rejections) {
            if (picked == null && Vocabulary.normalize(r.company()).equals(normalized)) {
                picked = r;
            }
        }
        if (picked == null) {
            // a whole update typed at once ("Noor offered to refer me to Vercel"): the rejection it names
            Optional<Option> outcome = matcher.one(text, outcomes.options());
            Rejection named = outcome.isPresent() ? namedIn(rejections, normalized) : null;
            if (named == null && outcome.isPresent() && outcome.get().value().equals("new_job")) {
                named = rejections.get(0); // a new job ends every rejection's follow-ups, whichever is named
            }
            if (named != null) {
                return told(reply.with(reply.state().awaiting(Awaiting.NOTHING)), named, outcome.get().value(), text);
            }
        }
        return picked == null ? askWhich(reply.say(views.say(Line.UPDATE_HINT))) : askOutcome(reply, picked.id());
    }

    /**
     * An outcome read from a typed update (issue 18): the person it names is who answered ("Noor offered
     * to ..."), and for a referral the company it names, among the member's targets or after a word of
     * words.txt's {@code words_before_company:} ("... to Vercel"), is what it is for.
     */
    private Reply told(Reply reply, Rejection rejection, String outcome, String text) {
        if (rejection == null) {
            return views.stale(reply);
        }
        String normalized = " " + Vocabulary.normalize(text) + " ";
        String who = Action.Answered.UNKNOWN;
        List<Contact> contacts = rejection.contacts();
        for (int i = 0; i < contacts.size() && who.equals(Action.Answered.UNKNOWN); i++) {
            Contact c = contacts.get(i);
            if (c.named() && normalized.contains(" " + Vocabulary.normalize(c.firstName()) + " ")) {
                who = String.valueOf(i);
            }
        }
        if (outcome.equals("reference") && !who.equals(Action.Answered.UNKNOWN)) {
            for (Option company : referralOptions(rejection)) {
                String name = Vocabulary.normalize(company.label());
                if (!company.value().equals(Action.ReferredTo.ANY) && normalized.contains(" " + name + " ")) {
                    return referredTo(reply, new Action.ReferredTo(rejection.id(), who, company.value()));
                }
            }
            String typed = companyAfter(text);
            if (!typed.isEmpty()) {
                return outcomes.report(reply.with(reply.state().awaiting(Awaiting.NOTHING)), rejection, "reference",
                        whoName(rejection, who), Texts.cut(typed, LONGEST_COMPANY));
            }
        }
        return answered(reply, new Action.Answered(rejection.id(), who, outcome));
    }

    /** The capitalised name after the last of words.txt's {@code words_before_company:} ("... to Vercel"), else empty. */
    private String companyAfter(String text) {
        if (!views.words().has("words_before_company")) {
            return "";
        }
        String[] words = text.strip().split("\\s+");
        java.util.Set<String> before = new java.util.HashSet<>();
        for (String word : views.words().say("words_before_company").split(",")) {
            before.add(word.strip().toLowerCase(java.util.Locale.ROOT));
        }
        for (int i = words.length - 2; i >= 0; i--) {
            if (before.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                StringBuilder company = new StringBuilder();
                for (int j = i + 1; j < words.length; j++) {
                    String word = words[j].replaceAll("[!?.,;:]+$", "");
                    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                        break;
                    }
                    company.append(company.length() == 0 ? "" : " ").append(word);
                }
                return company.toString();
            }
        }
        return "";
    }

    /** The one rejection whose company or a person's first name a typed update names, else null. */
    private static Rejection namedIn(List<Rejection> rejections, String normalized) {
        String padded = " " + normalized + " ";
        Rejection found = null;
        for (Rejection r : rejections) {
            boolean named = padded.contains(" " + Vocabulary.normalize(r.company()) + " ")
                    || r.contacts().stream().anyMatch(c -> c.named()
                    && padded.contains(" " + Vocabulary.normalize(c.firstName()) + " "));
            if (named && found != null) {
                return null;
            }
            found = named ? r : found;
        }
        return found;
    }

    /**
     * An answer of {@code /rejected update}, pressed or typed: asks who answered when the outcome is about
     * someone and there is more than one they could be; after "they replied", asks what they said
     * (issue 12: a reply after silence may be an invitation, not a no); else the plan follows it.
     */
    Reply answered(Reply reply, Action.Answered told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || !(Playbook.OUTCOMES.contains(told.outcome())
                || told.outcome().equals(Action.Answered.UNKNOWN)) || whoName(rejection, told.who()) == null) {
            return views.stale(reply);
        }
        String who = told.who();
        if (who.equals(Action.Answered.UNKNOWN) && Playbook.ABOUT_SOMEONE.contains(told.outcome())) {
            List<Option> whoOptions = whoOptions(rejection, told.outcome());
            if (whoOptions.size() != 1) {
                return askWho(reply, rejection, told.outcome());
            }
            who = whoOptions.get(0).value();
        }
        if (told.outcome().equals(Action.Answered.UNKNOWN)) {
            return askSaid(reply, rejection, who);
        }
        if (told.outcome().equals("new_job")) {
            return outcomes.newJob(reply, rejection);
        }
        if (told.outcome().equals("reference")) {
            return askReferralFor(reply, rejection, who);
        }
        reply = outcomes.report(reply, rejection, told.outcome(), whoName(rejection, who), "");
        return told.outcome().equals("replied") ? askSaid(reply, reply.state().rejection(rejection.id()), who) : reply;
    }

    /** The companies a referral may be for: those the member applies to next, then this one, then anywhere. */
    private List<Option> referralOptions(Rejection rejection) {
        List<Option> options = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        for (String target : rejection.targets().split("[,;]")) {
            if (!target.isBlank() && companies.size() < MOST_TARGETS) {
                companies.add(target.strip());
            }
        }
        companies.add(rejection.company());
        for (int i = 0; i < companies.size(); i++) {
            options.add(new Option(String.valueOf(i), Texts.cut(companies.get(i), 70), List.of()));
        }
        options.add(new Option(Action.ReferredTo.ANY, views.say(Line.CHOICE_REFERRAL_ANY), List.of()));
        return options;
    }

    private Reply askReferralFor(Reply reply, Rejection rejection, String who) {
        List<Option> options = referralOptions(rejection);
        List<Choice> choices = options.stream().map(o -> Action.choice(o.label(), o.value(),
                new Action.ReferredTo(rejection.id(), who, o.value()))).toList();
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        String name = whoName(rejection, who);
        values.put("to", name == null || name.equals(Playbook.THE_TEAM) ? "" : name);
        values.put("options", Views.optionList(options));
        return reply.with(reply.state().awaiting(new Awaiting.ReferralFor(rejection.id(), who)))
                .say(views.say(Line.UPDATE_REFERRAL_FOR, values), choices);
    }

    /** The company a referral is for, picked: the plan follows for the person who offered it. */
    Reply referredTo(Reply reply, Action.ReferredTo told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        String name = rejection == null ? null : whoName(rejection, told.who());
        Option picked = rejection == null ? null : referralOptions(rejection).stream()
                .filter(o -> o.value().equals(told.pick())).findFirst().orElse(null);
        if (name == null || picked == null) {
            return views.stale(reply);
        }
        return outcomes.report(reply, rejection, "reference", name,
                picked.value().equals(Action.ReferredTo.ANY) ? "" : picked.label());
    }

    /** Who answered: each person the member named, and the company unless only a person can say this. */
    private List<Option> whoOptions(Rejection rejection, String outcome) {
        List<Option> options = new ArrayList<>();
        List<Contact> contacts = rejection.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c.named()) {
                options.add(new Option(String.valueOf(i), c.name(), List.of(c.firstName())));
            }
        }
        if (options.isEmpty() || !Playbook.ONLY_A_PERSON.contains(outcome)) {
            options.add(new Option(Action.Answered.TEAM, views.say(Line.CHOICE_WHO_TEAM),
                    vocabulary.words(Meaning.COMPANY)));
        }
        return options;
    }

    /** The name {@link Playbook#report} takes for an encoded who; null when it names nobody known. */
    private static String whoName(Rejection rejection, String who) {
        if (who.equals(Action.Answered.UNKNOWN)) {
            return "";
        }
        if (who.equals(Action.Answered.TEAM)) {
            return Playbook.THE_TEAM;
        }
        if (!who.matches("\\d{1,3}") || Integer.parseInt(who) >= rejection.contacts().size()) {
            return null;
        }
        return rejection.contacts().get(Integer.parseInt(who)).name();
    }

    private Reply askWho(Reply reply, Rejection rejection, String outcome) {
        List<Option> options = whoOptions(rejection, outcome);
        List<Choice> choices = options.stream().map(o -> Action.choice(Texts.cut(o.label(), 70), o.value(),
                new Action.Answered(rejection.id(), o.value(), outcome))).toList();
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.put("options", Views.optionList(options));
        return reply.with(reply.state().awaiting(new Awaiting.WhoOf(rejection.id(), outcome)))
                .say(views.say(Line.UPDATE_WHO, values), choices);
    }

    /** Asks what {@code who} said when they replied: an invitation, a no, a referral (issue 12). */
    Reply askSaid(Reply reply, Rejection rejection, String who) {
        List<Option> options = outcomes.said();
        List<Choice> choices = options.stream().map(o -> Action.choice(o.label(), o.value(),
                new Action.Answered(rejection.id(), who, o.value()))).toList();
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        String name = whoName(rejection, who);
        values.put("to", name == null || name.equals(Playbook.THE_TEAM) ? "" : name);
        values.put("options", Views.optionList(options));
        return reply.with(reply.state().awaiting(new Awaiting.SaidBy(rejection.id(), who)))
                .say(views.say(Line.UPDATE_SAID, values), choices);
    }
}
