package rebound.conversation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import rebound.intake.AnswerReader;
import rebound.intake.Intake;
import rebound.intake.IntakeProgress;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.intake.Reading;
import rebound.intake.Step;
import rebound.intake.StepKind;
import rebound.playbook.Plan;
import rebound.playbook.Playbook;
import rebound.playbook.PlaybookBundle;
import rebound.rejection.Contact;
import rebound.rejection.Draft;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Words;

/**
 * The conversation as one pure step: {@code (state, inbound, now) -> (new state, messages)}.
 * Nothing here touches a disk, a clock or a platform, so every path can be tested as dialogue.
 */
public final class Conversation {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String FORGET = "forget";
    private static final String UPDATE = "update";
    private static final String OUTCOME = "outcome:";
    /** Longest text of one message: Discord allows 2,000 characters, Slack 3,000 per text block. */
    static final int LONGEST_MESSAGE = 1900;

    private final Intake intake;
    private final Words words;
    private final Playbook playbook;
    private final List<Option> outcomes;

    /** The conversation a loaded playbook describes: its questions, its words and its plan. */
    public Conversation(PlaybookBundle bundle) {
        this(bundle.intake(), bundle.words(), bundle.playbook());
    }

    public Conversation(Intake intake, Words words, Playbook playbook) {
        this.intake = intake;
        this.words = words;
        this.playbook = playbook;
        this.outcomes = Playbook.OUTCOMES.stream()
                .map(o -> new Option(o, words.say("choice_outcome_" + o), List.of())).toList();
    }

    /** The form with this id (today only {@code contact}, the one offered at the contacts step). */
    public Optional<Form> form(String id) {
        return "contact".equals(id) && intake.has("contacts") ? Optional.of(contactForm(intake.step("contacts")))
                : Optional.empty();
    }

    public Turn step(MemberState state, Inbound inbound, Instant now) {
        if (state.hasSeen(inbound.deliveryId())) {
            return new Turn(state, List.of());
        }
        Reply reply = new Reply(inbound.member(), state.seen(inbound.deliveryId()), now);
        Event event = inbound.event();
        if (event instanceof Event.Command command) {
            command(reply, command.args());
        } else if (event instanceof Event.Action action) {
            action(reply, action.action());
        } else if (event instanceof Event.FormSubmit form) {
            form(reply, form);
        } else if (event instanceof Event.Text text) {
            text(reply, text.text());
        }
        return new Turn(reply.state, reply.messages, reply.effects);
    }

    // ---- what the member did ----

    private void command(Reply reply, String args) {
        String[] words = args.strip().split("\\s+", 2);
        String sub = words[0].toLowerCase(Locale.ROOT);
        if (!reply.state.awaiting().isEmpty()) {
            reply.state = reply.state.awaiting("");
        }
        switch (sub) {
            case "" -> startOrResume(reply);
            case "help" -> reply.say(this.words.say("help"), List.of(startChoice()));
            case "new" -> startNew(reply);
            case "list" -> list(reply);
            case "update" -> askWhich(reply);
            case "forget" -> askForget(reply);
            case "export" -> export(reply);
            default -> reply.say(this.words.say("unknown_command", Map.of("answer", args.strip())),
                    List.of(startChoice(), listChoice()));
        }
    }

    private void action(Reply reply, String action) {
        if (action.startsWith("followup:")) {
            String[] parts = action.split(":");
            if (parts.length == 4) {
                followUpAction(reply, parts[1], parts[2], parts[3]);
            } else {
                stale(reply);
            }
            return;
        }
        if (action.startsWith("update:")) {
            askOutcome(reply, action.substring("update:".length()));
            return;
        }
        String[] parts = action.split(":", 3);
        switch (parts[0]) {
            case "start" -> startOrResume(reply);
            case "rejected" -> command(reply, parts.length > 1 ? parts[1] : "");
            case "forget" -> answerForget(reply, parts.length > 1 && parts[1].equals("yes"));
            case "control" -> {
                if (reply.state.intake() == null) {
                    stale(reply);
                } else {
                    control(reply, parts.length > 1 ? parts[1] : "");
                }
            }
            case "answer", "edit" -> {
                IntakeProgress progress = reply.state.intake();
                if (parts.length < 3 || progress == null || !progress.step().equals(parts[1])) {
                    stale(reply);
                } else if (parts[0].equals("edit")) {
                    edit(reply, progress, parts[2]);
                } else {
                    answer(reply, progress, intake.step(parts[1]), parts[2], true);
                }
            }
            default -> stale(reply);
        }
    }

    private void form(Reply reply, Event.FormSubmit form) {
        IntakeProgress progress = reply.state.intake();
        if (!"contact".equals(form.form()) || progress == null || !progress.step().equals("contacts")) {
            stale(reply);
            return;
        }
        Step step = intake.step("contacts");
        Map<String, String> values = form.values();
        Reading reading = AnswerReader.contact(step, values.get("name"), values.get("part"), values.get("detail"),
                false);
        applyContact(reply, progress, step, reading);
    }

    private void text(Reply reply, String typed) {
        String text = typed.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("/rejected") || lower.startsWith("/rejected ")) {
            command(reply, text.substring("/rejected".length()));
            return;
        }
        if (reply.state.awaiting().equals(FORGET)) {
            answerForget(reply, OptionMatcher.one(text, yesNo()).map(o -> o.value().equals("yes")).orElse(false));
            return;
        }
        if (reply.state.awaiting().equals(UPDATE) || reply.state.awaiting().startsWith(OUTCOME)) {
            answerUpdate(reply, text);
            return;
        }
        IntakeProgress progress = reply.state.intake();
        if (progress == null) {
            switch (OptionMatcher.normalize(text)) {
                case "start", "begin", "new", "yes", "rejected" -> startOrResume(reply);
                case "help" -> reply.say(words.say("help"), List.of(startChoice()));
                case "list" -> list(reply);
                case "update" -> askWhich(reply);
                default -> greet(reply);
            }
            return;
        }
        String control = OptionMatcher.normalize(text);
        if (List.of("back", "skip", "cancel", "restart", "help").contains(control)) {
            control(reply, control);
            return;
        }
        Step step = intake.step(progress.step());
        answer(reply, progress, step, text, false);
    }

    // ---- the intake ----

    private void startOrResume(Reply reply) {
        IntakeProgress progress = reply.state.intake();
        if (progress != null) {
            reply.say(words.say("resumed", vars(progress)));
            ask(reply, progress);
            return;
        }
        start(reply);
    }

    private void startNew(Reply reply) {
        IntakeProgress progress = reply.state.intake();
        if (progress != null && !progress.answers().isEmpty()) {
            reply.say(words.say("new_set_aside", vars(progress)));
        }
        start(reply);
    }

    private void start(Reply reply) {
        IntakeProgress progress = IntakeProgress.start(intake);
        reply.state = reply.state.withIntake(progress);
        ask(reply, progress);
    }

    private void control(Reply reply, String word) {
        IntakeProgress progress = reply.state.intake();
        Step step = intake.step(progress.step());
        switch (word) {
            case "back" -> {
                if (progress.trail().isEmpty()) {
                    reply.say(words.say("first_step"));
                    ask(reply, progress);
                } else {
                    moveTo(reply, progress.back());
                }
            }
            case "skip" -> {
                if (!step.optional()) {
                    reply.say(words.say("cannot_skip", Map.of("label", step.label())));
                    ask(reply, progress);
                } else {
                    reply.say(words.say("skipped", Map.of("label", step.label())));
                    advance(reply, progress.answered(step.id(), ""));
                }
            }
            case "cancel" -> {
                reply.state = reply.state.withIntake(null);
                reply.say(words.say("cancelled", vars(progress)), List.of(startChoice(), listChoice()));
            }
            case "restart" -> {
                reply.say(words.say("restarted"));
                start(reply);
            }
            case "help" -> {
                String help = step.help().render(vars(progress));
                reply.say(help.isBlank() ? step.hint().render(vars(progress)) : help);
                ask(reply, progress);
            }
            default -> stale(reply);
        }
    }

    private void answer(Reply reply, IntakeProgress progress, Step step, String typed, boolean pressed) {
        if (step.kind() == StepKind.CONFIRM) {
            confirm(reply, progress, typed);
            return;
        }
        Reading reading = AnswerReader.read(step, typed);
        if (step.kind() == StepKind.CONTACTS) {
            if (reading instanceof Reading.NotUnderstood && pressed) {
                stale(reply);
                return;
            }
            applyContact(reply, progress, step, reading);
            return;
        }
        if (reading instanceof Reading.Answer answer) {
            advance(reply, progress.answered(step.id(), answer.value()));
        } else if (reading instanceof Reading.NotUnderstood why) {
            notUnderstood(reply, progress, step, why.why());
        }
    }

    private void applyContact(Reply reply, IntakeProgress progress, Step step, Reading reading) {
        if (reading instanceof Reading.ContactsDone) {
            boolean required = step.requiredWhen() != rebound.intake.Condition.ALWAYS
                    && step.requiredWhen().holds(progress.answers());
            if (required && progress.contacts().isEmpty()) {
                notUnderstood(reply, progress, step, "hint_contacts_needed");
            } else {
                advance(reply, progress.answered(step.id(), "done"));
            }
        } else if (reading instanceof Reading.ContactAdded added) {
            IntakeProgress more = progress.withContact(added.contact());
            reply.state = reply.state.withIntake(more);
            Contact contact = added.contact();
            Map<String, String> values = vars(more);
            values.put("name", contact.name());
            values.put("part", contact.part().isEmpty() ? "" : step.labelOf(contact.part()).toLowerCase(Locale.ROOT));
            values.put("detail", contact.detail());
            reply.say(words.say(added.partUnknown() ? "contact_added_part_unknown" : "contact_added", values));
            ask(reply, more);
        } else if (reading instanceof Reading.NotUnderstood why) {
            notUnderstood(reply, progress, step, why.why());
        }
    }

    private void notUnderstood(Reply reply, IntakeProgress progress, Step step, String why) {
        Map<String, String> values = vars(progress);
        values.put("options", optionList(step));
        values.put("label", step.label());
        String stepHint = step.hint().render(values);
        values.put("hint", words.say(why, values) + (stepHint.isBlank() ? "" : "\n" + stepHint));
        reply.say(words.say("not_understood", values));
        ask(reply, progress);
    }

    private void advance(Reply reply, IntakeProgress answered) {
        Step next = intake.next(answered.answers());
        moveTo(reply, answered.movedTo(next.id()));
    }

    private void moveTo(Reply reply, IntakeProgress progress) {
        reply.state = reply.state.withIntake(progress);
        ask(reply, progress);
    }

    private void edit(Reply reply, IntakeProgress progress, String stepId) {
        if (!intake.has(stepId) || stepId.equals("confirm")) {
            stale(reply);
            return;
        }
        // the old answer stays until a new one replaces it, so "back" returns to a complete summary
        IntakeProgress editing = progress.movedTo(stepId);
        reply.state = reply.state.withIntake(editing);
        String previous = progress.answer(stepId);
        if (previous != null && !previous.isEmpty() && !stepId.equals("contacts")) {
            reply.say(words.say("current_answer", Map.of("answer", display(intake.step(stepId), previous))));
        }
        ask(reply, editing);
    }

    private void confirm(Reply reply, IntakeProgress progress, String typed) {
        String text = OptionMatcher.normalize(typed);
        if (text.startsWith("edit ") || text.startsWith("change ")) {
            String target = text.substring(text.indexOf(' ') + 1).strip();
            Step step = intake.answered(progress.answers()).stream()
                    .filter(s -> s.id().equals(target.replace(' ', '_'))
                            || OptionMatcher.normalize(s.label()).equals(target))
                    .findFirst().orElse(null);
            if (step == null) {
                notUnderstood(reply, progress, intake.step("confirm"), "hint_confirm");
            } else {
                edit(reply, progress, step.id());
            }
            return;
        }
        if (text.equals("yes") || text.equals("y") || text.equals("ok") || text.equals("go")
                || text.equals("looks good") || text.equals("confirm")) {
            finish(reply, progress);
        } else {
            notUnderstood(reply, progress, intake.step("confirm"), "hint_confirm");
        }
    }

    private void finish(Reply reply, IntakeProgress progress) {
        reply.state = reply.state.nextId();
        Map<String, String> a = progress.answers();
        List<String> goals = a.getOrDefault("goals", "").isEmpty() ? List.of()
                : Arrays.asList(a.get("goals").split(","));
        Rejection rejection = new Rejection("r" + reply.state.counter(), reply.now, a.getOrDefault("company", ""),
                a.getOrDefault("role", ""), a.getOrDefault("stage", ""), a.getOrDefault("outcome", ""),
                !"no".equals(a.get("still_interested")), progress.contacts(), goals,
                intake.has("targets") && intake.step("targets").isAsked(a) ? a.getOrDefault("targets", "") : "",
                a.getOrDefault("tone", "warm"), List.of(), List.of(), List.of());
        Plan plan = playbook.plan(rejection, reply.now);
        rejection = rejection.withPlan(plan.drafts(), plan.followUps());
        reply.state = reply.state.withRejection(rejection);

        Map<String, String> values = rejectionVars(rejection);
        StringBuilder text = new StringBuilder(words.say("plan_header", values));
        for (String note : plan.notes()) {
            text.append("\n- ").append(words.say(note, values));
        }
        if (plan.drafts().isEmpty()) {
            text.append("\n\n").append(words.say("plan_no_drafts", values));
        }
        if (!plan.followUps().isEmpty()) {
            text.append("\n\n").append(words.say("plan_followups", values));
        }
        for (FollowUp followUp : plan.followUps()) {
            text.append("\n").append(words.say("plan_followup", followUpVars(followUp)));
        }
        reply.sayLong(text.toString(), List.of(), planned(plan.followUps()));
        addDrafts(reply, plan.drafts(), values);
        values.put("when", plan.followUps().isEmpty() ? "" : "later");
        values.put("total", String.valueOf(plan.drafts().size()));
        reply.say(words.say("plan_footer", values), List.of(newChoice(), listChoice(), updateChoice()));
    }

    private void addDrafts(Reply reply, List<Draft> drafts, Map<String, String> values) {
        int n = 0;
        for (Draft draft : drafts) {
            Map<String, String> draftValues = new HashMap<>(values);
            draftValues.put("count", String.valueOf(++n));
            draftValues.put("total", String.valueOf(drafts.size()));
            draftValues.put("to", draft.to());
            draftValues.put("part", draft.part());
            draftValues.put("kind", kindName(draft.kind()));
            reply.add(Outbound.say(reply.member, words.say("draft_header", draftValues))
                    .withDrafts(List.of(draft)));
        }
    }

    private static List<PlannedFollowUp> planned(List<FollowUp> followUps) {
        return followUps.stream().filter(FollowUp::isPending)
                .map(f -> new PlannedFollowUp(f.kind(), f.due(), f.to())).toList();
    }

    private void ask(Reply reply, IntakeProgress progress) {
        Step step = intake.step(progress.step());
        Map<String, String> values = vars(progress);
        String prompt = step.prompt().render(values);
        List<Choice> choices = new ArrayList<>();
        Form form = null;
        switch (step.kind()) {
            case ONE, YES_NO, SEVERAL -> step.options().forEach(o ->
                    choices.add(new Choice(o.label(), o.value(), "answer:" + step.id() + ":" + o.value())));
            case CONTACTS -> {
                if (!progress.contacts().isEmpty()) {
                    prompt = words.say("contacts_so_far", Map.of("list", contactList(progress.contacts())))
                            + "\n\n" + words.say("contacts_more", values);
                }
                choices.add(new Choice(words.say("choice_done"), "done", "answer:contacts:done"));
                form = contactForm(step);
            }
            case CONFIRM -> {
                prompt = summary(progress) + "\n\n" + prompt;
                choices.add(new Choice(words.say("choice_yes_drafts"), "yes", "answer:confirm:yes"));
                for (Step answered : intake.answered(progress.answers())) {
                    choices.add(new Choice(words.say("choice_change", Map.of("label", answered.label())),
                            "edit " + answered.id(), "edit:confirm:" + answered.id()));
                }
                choices.add(new Choice(words.say("choice_cancel"), "cancel", "control:cancel"));
            }
            case TEXT -> {
                if (step.optional()) {
                    choices.add(new Choice(words.say("choice_skip"), "skip", "control:skip"));
                }
            }
            default -> {
            }
        }
        reply.add(new Outbound(reply.member, prompt, step.id(), choices, step.kind() == StepKind.SEVERAL,
                List.of(), List.of(), false, form));
    }

    private Form contactForm(Step step) {
        String parts = step.options().stream().map(Option::label).collect(Collectors.joining(", "));
        return new Form("contact", words.say("form_contact_title"), words.say("form_contact_submit"), List.of(
                new Form.Field("name", words.say("form_field_name"), words.say("form_placeholder_name"), false, 80),
                new Form.Field("part", words.say("form_field_part"),
                        words.say("form_placeholder_part", Map.of("options", parts)), true, 40),
                new Form.Field("detail", words.say("form_field_detail"), words.say("form_placeholder_detail"),
                        true, step.maxLength())));
    }

    /** Errors of a submitted form, by field id, in words a member understands; empty when valid. */
    public Map<String, String> formErrors(String formId, Map<String, String> values) {
        if (!"contact".equals(formId)) {
            return Map.of("form", words.say("stale_button"));
        }
        Step step = intake.step("contacts");
        Map<String, String> errors = new HashMap<>();
        AnswerReader.contactFormErrors(step, values).forEach((field, why) -> errors.put(field,
                words.say(why, Map.of("options", optionList(step), "label", step.label()))));
        return errors;
    }

    private String summary(IntakeProgress progress) {
        StringBuilder text = new StringBuilder(words.say("summary_header", vars(progress)));
        for (Step step : intake.answered(progress.answers())) {
            String answer = step.kind() == StepKind.CONTACTS ? contactList(progress.contacts())
                    : display(step, progress.answer(step.id()));
            text.append('\n').append(words.say("summary_line", Map.of("label", step.label(), "answer", answer)));
        }
        return text.toString();
    }

    private String contactList(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return "-";
        }
        Step step = intake.step("contacts");
        return contacts.stream().map(c -> words.say("summary_contact", Map.of("name", c.name(),
                        "part", c.part().isEmpty() ? "" : step.labelOf(c.part()).toLowerCase(Locale.ROOT),
                        "detail", c.detail())))
                .collect(Collectors.joining("; "));
    }

    private String display(Step step, String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        if (step.options().isEmpty()) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(step::labelOf).collect(Collectors.joining(", "));
    }

    private String optionList(Step step) {
        List<Option> options = step.options();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(i + 1).append(") ").append(options.get(i).label());
        }
        return list.toString();
    }

    // ---- everything outside the intake ----

    private void list(Reply reply) {
        List<Rejection> rejections = reply.state.rejections();
        if (rejections.isEmpty()) {
            reply.say(words.say("list_empty"), List.of(startChoice()));
            return;
        }
        StringBuilder text = new StringBuilder(words.say("list_header",
                Map.of("count", String.valueOf(rejections.size()))));
        for (Rejection rejection : rejections) {
            text.append("\n\n").append(words.say("list_item", rejectionVars(rejection)));
            List<FollowUp> upcoming = rejection.pendingFollowUps().stream()
                    .sorted(Comparator.comparing(FollowUp::due)).toList();
            if (!upcoming.isEmpty()) {
                text.append('\n').append(words.say("list_upcoming"));
            }
            upcoming.forEach(f -> text.append('\n').append(words.say("list_followup", followUpVars(f))));
            if (!rejection.history().isEmpty()) {
                text.append('\n').append(words.say("list_so_far"));
            }
            rejection.history().forEach(h -> text.append('\n').append(words.say("list_history", Map.of(
                    "date", DATE.format(h.at()), "what", historyWhat(h.what()), "to", h.to()))));
        }
        reply.sayLong(text.toString(), List.of(newChoice(), updateChoice()),
                planned(rejections.stream().flatMap(r -> r.followUps().stream()).toList()));
    }

    /** A history entry in words: {@code reminder:<kind>}, {@code snoozed:<kind>}, {@code stopped}, {@code outcome:<o>}. */
    private String historyWhat(String what) {
        int colon = what.indexOf(':');
        String type = colon < 0 ? what : what.substring(0, colon);
        String detail = colon < 0 ? "" : what.substring(colon + 1);
        return switch (type) {
            case "reminder", "snoozed" -> words.say("history_" + type, Map.of("kind", kindName(detail)));
            case "stopped" -> words.say("history_stopped");
            case "outcome" -> words.say("history_outcome", Map.of("what",
                    words.has("choice_outcome_" + detail) ? words.say("choice_outcome_" + detail) : detail));
            default -> what;
        };
    }

    private void askForget(Reply reply) {
        reply.state = reply.state.awaiting(FORGET);
        reply.say(words.say("forget_confirm", Map.of("count", String.valueOf(reply.state.rejections().size()))),
                List.of(new Choice(words.say("choice_yes"), "yes", "forget:yes"),
                        new Choice(words.say("choice_no"), "no", "forget:no")));
    }

    private void answerForget(Reply reply, boolean yes) {
        if (!reply.state.awaiting().equals(FORGET)) {
            stale(reply);
            return;
        }
        if (yes) {
            reply.state = MemberState.empty();
            reply.effects.add(new Turn.Forget());
            reply.say(words.say("forget_done"));
        } else {
            reply.state = reply.state.awaiting("");
            reply.say(words.say("forget_kept"));
            IntakeProgress progress = reply.state.intake();
            if (progress != null) {
                ask(reply, progress);
            }
        }
    }

    private void export(Reply reply) {
        reply.effects.add(new Turn.Export(Outbound.say(reply.member, words.say("export_intro"))));
    }

    private void stale(Reply reply) {
        reply.say(words.say("stale_button"));
        IntakeProgress progress = reply.state.intake();
        if (progress != null) {
            ask(reply, progress);
        } else {
            greet(reply);
        }
    }

    /** The message that offers a due follow-up, with its draft ready to copy. */
    public Outbound reminder(String member, Rejection rejection, FollowUp followUp) {
        Map<String, String> values = rejectionVars(rejection);
        values.put("to", followUp.to());
        values.put("kind", followUpVars(followUp).get("kind"));
        Draft draft = playbook.draftFor(rejection, followUp);
        String prefix = "followup:" + rejection.id() + ":" + followUp.id() + ":";
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes) {
            if (playbook.offers(followUp.kind(), outcome.value())) {
                choices.add(new Choice(outcome.label(), outcome.value(), prefix + outcome.value()));
            }
        }
        choices.add(new Choice(words.say("choice_snooze"), "snooze", prefix + "snooze"));
        choices.add(new Choice(words.say("choice_stop"), "stop", prefix + "stop"));
        return Outbound.say(member, words.say("reminder_" + followUp.kind(), values))
                .withDrafts(List.of(draft))
                .withChoices(choices)
                .asReminder();
    }

    /** The rejection after one of its follow-ups was delivered (a monthly one plans its next time). */
    public Rejection afterDelivery(Rejection rejection, FollowUp followUp, Instant now) {
        return playbook.afterDelivery(rejection, followUp, now);
    }

    /** A short overview of a member's rejections and upcoming follow-ups, for a home tab. */
    public Outbound overview(String member, MemberState state) {
        StringBuilder text = new StringBuilder(words.say("overview_header"));
        if (state.rejections().isEmpty()) {
            text.append("\n").append(words.say("overview_empty"));
        }
        List<PlannedFollowUp> upcoming = new ArrayList<>();
        for (Rejection rejection : state.rejections()) {
            text.append("\n\n").append(words.say("list_item", rejectionVars(rejection)));
            for (FollowUp followUp : rejection.pendingFollowUps()) {
                text.append('\n').append(words.say("list_followup", followUpVars(followUp)));
                upcoming.add(new PlannedFollowUp(followUp.kind(), followUp.due(), followUp.to()));
            }
        }
        List<Choice> choices = state.rejections().isEmpty() ? List.of(newChoice())
                : List.of(newChoice(), listChoice(), updateChoice());
        return Outbound.say(member, text.toString()).withChoices(choices)
                .withFollowups(upcoming);
    }

    /** The full introduction for someone new; a short welcome back, with what comes next, for anyone else. */
    private void greet(Reply reply) {
        List<Rejection> rejections = reply.state.rejections();
        if (rejections.isEmpty()) {
            reply.say(words.say("greeting"), List.of(startChoice(), listChoice()));
        } else {
            Rejection latest = rejections.get(rejections.size() - 1);
            reply.say(words.say("greeting_back", rejectionVars(latest)),
                    List.of(newChoice(), listChoice(), updateChoice()));
        }
    }

    private Choice startChoice() {
        return new Choice(words.say("choice_start"), "start", "start");
    }

    private Choice newChoice() {
        return new Choice(words.say("choice_new"), "new", "rejected:new");
    }

    private Choice updateChoice() {
        return new Choice(words.say("choice_update"), "update", "rejected:update");
    }

    private Choice listChoice() {
        return new Choice(words.say("choice_list"), "list", "rejected:list");
    }

    private List<Option> yesNo() {
        return List.of(new Option("yes", "yes", List.of("y", "yeah", "yep", "sure", "ok", "delete", "forget")),
                new Option("no", "no", List.of("n", "nope", "keep", "cancel")));
    }

    private Map<String, String> vars(IntakeProgress progress) {
        Map<String, String> values = new HashMap<>();
        values.put("company", progress.answers().getOrDefault("company", ""));
        values.put("role", progress.answers().getOrDefault("role", ""));
        return values;
    }

    private Map<String, String> rejectionVars(Rejection rejection) {
        Map<String, String> values = new HashMap<>();
        values.put("company", rejection.company());
        values.put("role", rejection.role());
        values.put("date", DATE.format(rejection.createdAt()));
        values.put("id", rejection.id());
        values.put("outcome", intake.has("outcome") ? display(intake.step("outcome"), rejection.outcome()) : "");
        values.put("count", String.valueOf(rejection.drafts().size()));
        return values;
    }

    private Map<String, String> followUpVars(FollowUp followUp) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", kindName(followUp.kind()));
        values.put("date", DATE.format(followUp.due()));
        values.put("to", followUp.to());
        return values;
    }

    private String kindName(String kind) {
        return words.has("kind_" + kind) ? words.say("kind_" + kind) : kind;
    }

    // ---- what happened next: outcomes, snooze, stop ----

    private void askWhich(Reply reply) {
        List<Rejection> rejections = reply.state.rejections();
        if (rejections.isEmpty()) {
            reply.say(words.say("update_none"), List.of(startChoice()));
            return;
        }
        if (rejections.size() == 1) {
            askOutcome(reply, rejections.get(0).id());
            return;
        }
        reply.state = reply.state.awaiting(UPDATE);
        StringBuilder text = new StringBuilder(words.say("update_which"));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < rejections.size(); i++) {
            Rejection r = rejections.get(i);
            Map<String, String> values = rejectionVars(r);
            values.put("count", String.valueOf(i + 1));
            String item = words.say("update_which_item", values);
            text.append('\n').append(item);
            choices.add(new Choice(Playbook.cut(r.company() + ", " + r.role(), 70), r.id(), "update:" + r.id()));
        }
        reply.sayLong(text.toString(), choices, List.of());
    }

    private void askOutcome(Reply reply, String rejectionId) {
        Rejection rejection = reply.state.rejection(rejectionId);
        if (rejection == null) {
            stale(reply);
            return;
        }
        reply.state = reply.state.awaiting(OUTCOME + rejectionId);
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes) {
            choices.add(new Choice(outcome.label(), outcome.value(),
                    "followup:" + rejectionId + ":-:" + outcome.value()));
        }
        Map<String, String> values = rejectionVars(rejection);
        values.put("options", optionList(outcomes));
        reply.say(words.say("update_what", values), choices);
    }

    private void answerUpdate(Reply reply, String text) {
        String awaiting = reply.state.awaiting();
        String normalized = OptionMatcher.normalize(text);
        if (normalized.equals("cancel")) {
            reply.state = reply.state.awaiting("");
            reply.say(words.say("forget_kept"));
            return;
        }
        if (awaiting.equals(UPDATE)) {
            List<Rejection> rejections = reply.state.rejections();
            Rejection picked = null;
            if (normalized.matches("\\d{1,3}")) {
                int index = Integer.parseInt(normalized) - 1;
                picked = index >= 0 && index < rejections.size() ? rejections.get(index) : null;
            }
            for (Rejection r : rejections) {
                if (picked == null && OptionMatcher.normalize(r.company()).equals(normalized)) {
                    picked = r;
                }
            }
            if (picked == null) {
                reply.say(words.say("update_hint"));
                askWhich(reply);
            } else {
                askOutcome(reply, picked.id());
            }
            return;
        }
        String rejectionId = awaiting.substring(OUTCOME.length());
        Optional<Option> outcome = OptionMatcher.one(text, outcomes);
        if (outcome.isEmpty()) {
            reply.say(words.say("update_hint"));
            askOutcome(reply, rejectionId);
        } else {
            followUpAction(reply, rejectionId, "-", outcome.get().value());
        }
    }

    private void followUpAction(Reply reply, String rejectionId, String followUpId, String verb) {
        Rejection rejection = reply.state.rejection(rejectionId);
        FollowUp followUp = rejection == null ? null : rejection.followUps().stream()
                .filter(f -> f.id().equals(followUpId)).findFirst().orElse(null);
        boolean known = verb.equals("snooze") || verb.equals("stop") || Playbook.OUTCOMES.contains(verb);
        if (rejection == null || !known || (followUp == null && (!followUpId.equals("-") || verb.equals("snooze")))) {
            reply.state = reply.state.awaiting("");
            stale(reply);
            return;
        }
        reply.state = reply.state.awaiting("");
        Map<String, String> values = rejectionVars(rejection);
        switch (verb) {
            case "snooze" -> {
                Instant due = reply.now.plus(playbook.snooze());
                reply.state = reply.state.changeRejection(rejectionId, r -> r
                        .withFollowUp(followUpId, f -> f.movedTo(due))
                        .withHistory(new HistoryEntry(reply.now, "snoozed:" + followUp.kind(), followUp.to())));
                values.putAll(followUpVars(followUp.movedTo(due)));
                reply.say(words.say("followup_snoozed", values), List.of(listChoice()));
            }
            case "stop" -> {
                reply.state = reply.state.changeRejection(rejectionId, r -> r
                        .withFollowUps(r.followUps().stream().map(f -> f.isPending() ? f.stopped() : f).toList())
                        .withHistory(new HistoryEntry(reply.now, "stopped", "")));
                reply.say(words.say("followup_stopped", values), List.of(listChoice()));
            }
            default -> reportOutcome(reply, rejection, verb, followUp == null ? "" : followUp.to());
        }
    }

    private void reportOutcome(Reply reply, Rejection rejection, String outcome, String to) {
        Playbook.Update update = playbook.report(rejection, outcome, to, reply.now);
        reply.state = reply.state.changeRejection(rejection.id(), r -> update.rejection());
        Map<String, String> values = rejectionVars(update.rejection());
        List<HistoryEntry> history = update.rejection().history();
        values.put("to", history.get(history.size() - 1).to());
        long endedNow = rejection.pendingFollowUps().stream()
                .filter(f -> update.rejection().pendingFollowUps().stream().noneMatch(f::equals)).count();
        values.put("stopped", endedNow > 0 ? "yes" : "");
        FollowUp next = update.rejection().pendingFollowUps().stream()
                .min(java.util.Comparator.comparing(FollowUp::due)).orElse(null);
        if (next != null) {
            values.put("date", DATE.format(next.due()));
            values.put("kind", kindName(next.kind()));
        } else {
            values.put("date", "");
        }
        StringBuilder text = new StringBuilder(words.say("outcome_" + outcome, values));
        for (String note : update.notes()) {
            text.append("\n- ").append(words.say(note, values));
        }
        for (FollowUp followUp : update.added()) {
            text.append("\n").append(words.say("plan_followup", followUpVars(followUp)));
        }
        reply.sayLong(text.toString(), update.drafts().isEmpty() ? List.of(listChoice()) : List.of(),
                planned(update.added()));
        addDrafts(reply, update.drafts(), values);
        if (!update.drafts().isEmpty()) {
            reply.say(words.say("plan_footer", values), List.of(listChoice(), updateChoice()));
        }
    }

    private static String optionList(List<Option> options) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(i + 1).append(") ").append(options.get(i).label());
        }
        return list.toString();
    }

    /** The messages and state being built by one step. */
    private static final class Reply {
        final String member;
        final Instant now;
        final List<Outbound> messages = new ArrayList<>();
        MemberState state;
        final List<Turn.Effect> effects = new ArrayList<>();

        Reply(String member, MemberState state, Instant now) {
            this.member = member;
            this.state = state;
            this.now = now;
        }

        void say(String text) {
            messages.add(Outbound.say(member, text));
        }

        void say(String text, List<Choice> choices) {
            messages.add(Outbound.say(member, text).withChoices(choices));
        }

        void add(Outbound message) {
            messages.add(message);
        }

        /** Says a long text as several messages, split between paragraphs, so each fits every platform. */
        void sayLong(String text, List<Choice> choices, List<PlannedFollowUp> followUps) {
            List<String> parts = new ArrayList<>();
            String rest = text;
            while (rest.length() > LONGEST_MESSAGE) {
                int cut = rest.lastIndexOf("\n\n", LONGEST_MESSAGE);
                if (cut <= 0) {
                    cut = rest.lastIndexOf('\n', LONGEST_MESSAGE);
                }
                if (cut <= 0) {
                    cut = LONGEST_MESSAGE;
                }
                parts.add(rest.substring(0, cut).strip());
                rest = rest.substring(cut).strip();
            }
            parts.add(rest);
            for (int i = 0; i < parts.size(); i++) {
                Outbound message = Outbound.say(member, parts.get(i));
                if (i == parts.size() - 1) {
                    message = message.withChoices(choices).withFollowups(followUps);
                }
                messages.add(message);
            }
        }
    }
}
