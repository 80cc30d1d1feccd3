package rebound.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.conversation.Choice;
import rebound.conversation.Draft;
import rebound.conversation.Event;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;
import rebound.conversation.PlannedFollowUp;
import rebound.reminder.Messenger;
import rebound.store.StateJson;

/**
 * The JSON-lines front door, a contract for scripts and tests: one JSON object per input line, one
 * per outbound message, then {@code {"end":N}} after all the output of line N. A line that cannot be
 * used gets {@code {"error":"...","line":N}} and changes nothing.
 */
final class JsonLines {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLines.class);

    private final Rebound bot;
    private final SettableClock clock;
    private final PrintStream out;
    private final ObjectMapper json = StateJson.mapper();

    JsonLines(Rebound bot, SettableClock clock, PrintStream out) {
        this.bot = bot;
        this.clock = clock;
        this.out = out;
    }

    void run(BufferedReader in) throws IOException {
        String line;
        long number = 0;
        while ((line = in.readLine()) != null) {
            number++;
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

    private void handle(JsonNode request) throws BadRequest {
        if (!request.isObject()) {
            throw new BadRequest("each line must be a JSON object");
        }
        if (request.has("clock")) {
            setClock(request.get("clock"));
            bot.deliverDueReminders(clock.instant(), this::remind);
            return;
        }
        String member = text(request, "member");
        if (member == null || member.isBlank()) {
            throw new BadRequest("\"member\" is required (a non-empty string)");
        }
        bot.handle(new Inbound(member, event(request), text(request, "id"))).forEach(this::write);
    }

    private void setClock(JsonNode value) throws BadRequest {
        try {
            clock.set(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw new BadRequest("\"clock\" must be an ISO-8601 instant such as 2026-12-01T09:00:00Z");
        }
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
            return new Event.Command(command, request.has("args") ? text(request, "args") : "");
        }
        if (request.has("action")) {
            return new Event.Action(text(request, "action"));
        }
        if (request.has("form")) {
            JsonNode form = request.get("form");
            Map<String, String> values = new LinkedHashMap<>();
            form.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return new Event.FormSubmit(form.path("id").asText(), values);
        }
        throw new BadRequest("a line needs \"text\", \"command\", \"action\", \"form\" or \"clock\"");
    }

    private static String text(JsonNode request, String field) throws BadRequest {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return null;
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
        node.put("member", message.member());
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
