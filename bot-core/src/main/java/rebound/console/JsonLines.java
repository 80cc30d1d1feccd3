package rebound.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Event;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.KeyText;
import rebound.frontdoor.Member;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.PlannedFollowUp;
import rebound.frontdoor.ReplyChannel;
import rebound.store.StateJson;

/**
 * The JSON-lines front door, a contract for scripts and tests: one JSON object per input line, one
 * per outbound message, then {@code {"end":N}} after all the output of line N. A line that cannot be
 * used gets {@code {"error":"...","line":N}} and changes nothing.
 *
 * <p>A file sent with a message is in its {@code attachments}: {@code name}, {@code media_type},
 * {@code size} (bytes), and {@code text} (the content, for text types) or {@code base64} (for any
 * other type), so a script never has to guess how to read it.
 *
 * <p>A member's line may carry {@code "zone"}: their time zone as a {@link ZoneId} id or offset
 * ({@code "Asia/Kolkata"}, {@code "+05:30"}, {@code "UTC"}); their reminders then come in their morning
 * there and their dates read on their calendar (issue 21). A line without it is in the zone of the
 * system Rebound runs on (either way, unless the member chose a zone with {@code /rejected settings});
 * a zone that is not one is refused like any other malformed line.
 */
final class JsonLines {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLines.class);

    /** Longest input line read, in characters: a bound on what one line can make the bot hold. */
    static final int LONGEST_LINE = 1_000_000;
    /** Longest member key or delivery id: they are kept with the member's state, so they are bounded. */
    static final int LONGEST_ID = KeyText.LONGEST;
    /** The earliest and latest clock a script may set: dates the plan can add months and years to. */
    static final Instant EARLIEST_CLOCK = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST_CLOCK = Instant.parse("9999-01-01T00:00:00Z");
    private static final String TOO_LONG = new String("(too long)");

    private final FrontDoor door;
    private final SettableClock clock;
    private final PrintStream out;
    private final ObjectMapper json = StateJson.mapper();
    private final ZoneId systemZone;

    /** The front door of {@code bot} on the clock a script sets, in the system's zone. */
    JsonLines(Rebound bot, SettableClock clock, PrintStream out) {
        this(bot, clock, out, ZoneId.systemDefault());
    }

    /** The same, with {@code systemZone} the zone of a line that gives none. */
    JsonLines(Rebound bot, SettableClock clock, PrintStream out, ZoneId systemZone) {
        this.door = FrontDoor.inline(bot);
        this.clock = clock;
        this.out = out;
        this.systemZone = systemZone;
    }

    /**
     * Answers every line of {@code in} until it ends. Lines end at {@code \n} only, so a bare CR
     * inside a line keeps it one line (and the line numbers right); a line longer than
     * {@link #LONGEST_LINE} characters is refused whole.
     */
    void run(BufferedReader in) throws IOException {
        String line;
        long number = 0;
        while ((line = readLine(in)) != null) {
            number++;
            if (line == TOO_LONG) {
                error("a line may hold at most " + LONGEST_LINE + " characters", number);
                end(number);
                continue;
            }
            if (line.isBlank()) {
                end(number);
                continue;
            }
            try {
                handle(json.readTree(line));
            } catch (JsonProcessingException e) {
                error("not valid JSON: " + e.getOriginalMessage(), number);
            } catch (BadRequest e) {
                error(e.getMessage(), number);
            } catch (RuntimeException e) {
                LOG.error("Line {} failed", number, e);
                error("Rebound could not handle this line (" + e.getClass().getSimpleName()
                        + "); nothing was saved for it", number);
            }
            end(number);
        }
    }

    /** The next line without its {@code \n}, {@link #TOO_LONG} for an overlong one, or null at the end. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.length() < LONGEST_LINE) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1 && line.length() == 0 && !tooLong) {
            return null;
        }
        return tooLong ? TOO_LONG : line.toString();
    }

    private void handle(JsonNode request) throws BadRequest {
        if (!request.isObject()) {
            throw new BadRequest("each line must be a JSON object");
        }
        if (request.has("clock")) {
            setClock(request.get("clock"));
            door.deliverDueReminders(this::remind);
            return;
        }
        JsonNode memberField = request.get("member");
        if (memberField != null && !memberField.isNull() && !memberField.isTextual()) {
            throw new BadRequest("\"member\" must be a string");
        }
        Member member;
        String id = text(request, "id");
        try {
            member = new Member(text(request, "member"));
            if (id != null && !id.isBlank()) {
                KeyText.check("id", id);
            }
        } catch (KeyText.Refused refused) {
            throw new BadRequest(refused.getMessage());
        }
        ZoneId zone = zone(request);
        String[] failed = {null};
        door.turn(new Inbound(member, event(request), id, zone), new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                answers.forEach(JsonLines.this::write);
            }

            @Override
            public void fail(String words) {
                failed[0] = words;
            }
        });
        if (failed[0] != null) { // the turn failed: nothing was saved; the door logged why
            throw new BadRequest(failed[0]);
        }
    }

    /** The line's {@code "zone"}, or the system's when it has none. */
    private ZoneId zone(JsonNode request) throws BadRequest {
        JsonNode value = request.get("zone");
        if (value == null || value.isNull()) {
            return systemZone;
        }
        String bad = "\"zone\" must be a time zone id or offset, such as \"Europe/Berlin\", \"+05:30\" or \"UTC\"";
        if (!value.isTextual() || value.asText().length() > 60) {
            throw new BadRequest(bad);
        }
        try {
            return ZoneId.of(value.asText().strip());
        } catch (DateTimeException e) {
            throw new BadRequest(bad);
        }
    }

    private void setClock(JsonNode value) throws BadRequest {
        String bad = "\"clock\" must be an ISO-8601 instant between " + EARLIEST_CLOCK + " and " + LATEST_CLOCK
                + ", such as 2026-12-01T09:00:00Z";
        if (!value.isTextual()) {
            throw new BadRequest(bad);
        }
        Instant instant;
        try {
            instant = Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new BadRequest(bad);
        }
        if (instant.isBefore(EARLIEST_CLOCK) || instant.isAfter(LATEST_CLOCK)) {
            throw new BadRequest(bad);
        }
        clock.set(instant);
    }

    private Event event(JsonNode request) throws BadRequest {
        if (request.has("text")) {
            return new Event.Text(text(request, "text"));
        }
        if (request.has("command")) {
            String command = text(request, "command").replaceFirst("^/", "");
            if (!command.equals("rejected")) {
                throw new BadRequest("the only command is \"rejected\"");
            }
            return new Event.Command(request.has("args") ? text(request, "args") : "");
        }
        if (request.has("action")) {
            return new Event.Action(text(request, "action"));
        }
        if (request.has("form")) {
            JsonNode form = request.get("form");
            String bad = "\"form\" must be {\"id\":\"...\",\"values\":{\"field\":\"text\",...}}";
            if (!form.isObject() || !form.path("id").isTextual()
                    || !(form.path("values").isObject() || form.path("values").isMissingNode())) {
                throw new BadRequest(bad);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) () -> form.path("values").fields()) {
                if (!field.getValue().isTextual()) {
                    throw new BadRequest(bad);
                }
                values.put(field.getKey(), field.getValue().asText());
            }
            return new Event.FormSubmit(form.get("id").asText(), values);
        }
        throw new BadRequest("a line needs \"text\", \"command\", \"action\", \"form\" or \"clock\"");
    }

    /** The field's text, null when it is absent; a field present as {@code null} is refused. */
    private static String text(JsonNode request, String field) throws BadRequest {
        JsonNode value = request.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            throw new BadRequest("\"" + field + "\" must be a string, not null");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadRequest("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    /**
     * Prints a due reminder before the store marks it delivered: one that cannot be printed (stdout
     * closed) is refused, so it stays pending.
     */
    private void remind(Outbound message) throws Messenger.DeliveryRefused {
        write(message);
        if (out.checkError()) {
            throw new Messenger.DeliveryRefused("the output is closed", 0);
        }
    }

    private void write(Outbound message) {
        ObjectNode node = json.createObjectNode();
        node.put("member", message.member().key());
        node.put("text", message.text());
        if (message.step() != null) {
            node.put("step", message.step());
        }
        if (!message.choices().isEmpty()) {
            ArrayNode choices = node.putArray("choices");
            for (Choice choice : message.choices()) {
                choices.addObject().put("label", choice.label()).put("value", choice.value())
                        .put("action", choice.action());
            }
            if (message.multiple()) {
                node.put("multiple", true);
            }
        }
        if (!message.drafts().isEmpty()) {
            ArrayNode drafts = node.putArray("drafts");
            for (Draft draft : message.drafts()) {
                drafts.addObject().put("kind", draft.kind()).put("to", draft.to()).put("part", draft.part())
                        .put("subject", draft.subject()).put("body", draft.body());
            }
        }
        if (!message.followups().isEmpty()) {
            ArrayNode followups = node.putArray("followups");
            for (PlannedFollowUp followUp : message.followups()) {
                followups.addObject().put("kind", followUp.kind()).put("due", followUp.due().toString())
                        .put("to", followUp.to());
            }
        }
        if (!message.attachments().isEmpty()) {
            ArrayNode files = node.putArray("attachments");
            for (Attachment file : message.attachments()) {
                ObjectNode entry = files.addObject().put("name", file.name()).put("media_type", file.mediaType())
                        .put("size", file.size());
                if (file.isText()) {
                    entry.put("text", file.asText());
                } else {
                    entry.put("base64", Base64.getEncoder().encodeToString(file.content()));
                }
            }
        }
        if (message.reminder()) {
            node.put("reminder", true);
        }
        print(node);
    }

    private void end(long number) {
        print(json.createObjectNode().put("end", number));
    }

    private void error(String message, long number) {
        print(json.createObjectNode().put("error", message).put("line", number));
    }

    private void print(ObjectNode node) {
        try {
            out.println(json.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }
}
