package rebound.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the built jar as a process, the way a script uses {@code ./rebound --jsonl --data DIR}. */
@DisplayName("The JSON-lines front door, as a process")
class JsonLinesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    private Process process;
    private BufferedWriter in;
    private BufferedReader out;
    private int line;

    @BeforeEach
    void start() throws Exception {
        startProcess();
    }

    private void startProcess() throws Exception {
        startProcess(java.util.Map.of());
    }

    /** Starts the jar with these variables added to the environment ({@code LC_ALL=C}, say). */
    private void startProcess(java.util.Map<String, String> env) throws Exception {
        if (process != null) {
            in.close();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        Path jar = Path.of(System.getProperty("rebound.app.jar"));
        assertThat(jar).exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--jsonl", "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        process = builder.start();
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        line = 0;
    }

    @AfterEach
    void stop() throws Exception {
        in.close();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exits when stdin closes").isTrue();
        assertThat(process.exitValue()).isZero();
    }

    /** Sends one line and returns every object printed for it, up to and without its {"end":N}. */
    private List<JsonNode> send(String json) throws Exception {
        in.write(json);
        in.newLine();
        in.flush();
        line++;
        List<JsonNode> objects = new ArrayList<>();
        while (true) {
            String printed = out.readLine();
            assertThat(printed).as("output for line %d", line).isNotNull();
            JsonNode node = JSON.readTree(printed);
            if (node.has("end")) {
                assertThat(node.get("end").asInt()).isEqualTo(line);
                return objects;
            }
            objects.add(node);
        }
    }

    private static JsonNode last(List<JsonNode> objects) {
        return objects.get(objects.size() - 1);
    }

    @Test
    @DisplayName("a whole intake ends in drafts; the clock then delivers a reminder once")
    void wholeIntake() throws Exception {
        List<JsonNode> greeting = send("{\"member\":\"alice\",\"text\":\"hi\"}");
        assertThat(greeting).hasSize(1);
        assertThat(greeting.get(0).get("choices").get(0).get("action").asText()).isEqualTo("start");

        assertThat(last(send("{\"member\":\"alice\",\"action\":\"start\"}")).get("step").asText()).isEqualTo("company");
        send("{\"member\":\"alice\",\"text\":\"Acme\",\"id\":\"e1\"}");
        assertThat(send("{\"member\":\"alice\",\"text\":\"Acme\",\"id\":\"e1\"}")).as("duplicate delivery").isEmpty();
        assertThat(last(send("{\"member\":\"alice\",\"text\":\"Designer\"}")).get("step").asText()).isEqualTo("stage");
        send("{\"member\":\"alice\",\"action\":\"answer:stage:final\"}");
        send("{\"member\":\"alice\",\"text\":\"they hired someone else\"}");
        send("{\"member\":\"alice\",\"text\":\"Dana Smith, hiring manager, weekly releases\"}");
        send("{\"member\":\"alice\",\"form\":{\"id\":\"contact\",\"values\":{\"name\":\"Sam Lee\",\"part\":\"recruiter\"}}}");
        JsonNode toldBy = last(send("{\"member\":\"alice\",\"text\":\"done\"}"));
        assertThat(toldBy.get("step").asText()).isEqualTo("told_by");
        assertThat(toldBy.get("choices").get(0).get("action").asText()).isEqualTo("answer:told_by:p1");
        send("{\"member\":\"alice\",\"action\":\"answer:told_by:p1\"}");
        send("{\"member\":\"alice\",\"text\":\"yes\"}");
        JsonNode clicked = last(send("{\"member\":\"alice\",\"text\":\"thank, stay in touch\"}"));
        assertThat(clicked.get("step").asText()).isEqualTo("clicked_with");
        assertThat(clicked.get("multiple").asBoolean()).isTrue();
        send("{\"member\":\"alice\",\"text\":\"p1, p2\"}");
        JsonNode summary = last(send("{\"member\":\"alice\",\"text\":\"warm\"}"));
        assertThat(summary.get("step").asText()).isEqualTo("confirm");

        List<JsonNode> plan = send("{\"member\":\"alice\",\"command\":\"rejected\",\"args\":\"\"}");
        assertThat(last(plan).get("step").asText()).as("/rejected resumes at the summary").isEqualTo("confirm");
        plan = send("{\"member\":\"alice\",\"text\":\"yes\"}");
        List<String> recipients = new ArrayList<>();
        plan.stream().filter(o -> o.has("drafts")).forEach(o -> o.get("drafts").forEach(d -> {
            if (d.get("kind").asText().equals("thank_you")) {
                recipients.add(d.get("to").asText());
            }
        }));
        assertThat(recipients).containsExactly("Dana Smith", "Sam Lee");
        JsonNode followups = plan.stream().filter(o -> o.has("followups")).findFirst().orElseThrow().get("followups");
        String firstDue = followups.get(0).get("due").asText();

        List<JsonNode> reminders = send("{\"clock\":\"" + firstDue + "\"}");
        assertThat(reminders).isNotEmpty().allMatch(r -> r.path("reminder").asBoolean());
        assertThat(send("{\"clock\":\"" + firstDue + "\"}")).as("delivered once").isEmpty();
    }

    @Test
    @DisplayName("under a bare container's locale (LC_ALL=C), what the member typed comes back as typed, in UTF-8")
    void utf8WhateverTheLocale() throws Exception {
        startProcess(java.util.Map.of("LC_ALL", "C", "LANG", "C"));
        send("{\"member\":\"jürgen\",\"text\":\"hi\"}");
        send("{\"member\":\"jürgen\",\"action\":\"start\"}");
        List<JsonNode> role = send("{\"member\":\"jürgen\",\"text\":\"Zürich Bank — 東京\"}");
        assertThat(role.toString()).contains("Zürich Bank — 東京").doesNotContain("Z?rich");
        assertThat(last(role).get("member").asText()).isEqualTo("jürgen");
    }

    /** The action of the choice with this value in the last object that has choices. */
    private static String action(List<JsonNode> objects, String value) {
        for (int i = objects.size() - 1; i >= 0; i--) {
            for (JsonNode choice : objects.get(i).path("choices")) {
                if (choice.get("value").asText().equals(value)) {
                    return choice.get("action").asText();
                }
            }
        }
        throw new AssertionError("no choice " + value + " in " + objects);
    }

    @Test
    @DisplayName("/rejected update: what happened, who, the draft for that person, \"I sent it\", and a new job")
    void update() throws Exception {
        send("{\"member\":\"bob\",\"action\":\"start\"}");
        for (String answer : List.of("Acme", "Designer", "final", "they hired someone else",
                "Dana Smith, hiring manager, weekly releases", "Sam Lee, recruiter", "done", "skip", "yes",
                "thank, stay in touch", "skip", "warm", "yes")) { // skip: who told the news, whom they clicked with
            send("{\"member\":\"bob\",\"text\":" + JSON.writeValueAsString(answer) + "}");
        }
        List<JsonNode> what = send("{\"member\":\"bob\",\"command\":\"rejected\",\"args\":\"update\"}");
        assertThat(action(what, "feedback")).isEqualTo("answered:r1:?:feedback");
        List<JsonNode> who = send("{\"member\":\"bob\",\"action\":\"answered:r1:?:feedback\"}");
        List<JsonNode> draft = send("{\"member\":\"bob\",\"action\":\"" + action(who, "1") + "\"}");
        JsonNode note = draft.stream().filter(o -> o.has("drafts")).findFirst().orElseThrow();
        assertThat(note.get("drafts").get(0).get("kind").asText()).isEqualTo("feedback_thanks");
        assertThat(note.get("drafts").get(0).get("to").asText()).isEqualTo("Sam Lee");
        List<JsonNode> sent = send("{\"member\":\"bob\",\"action\":\"" + action(List.of(note), "sent") + "\"}");
        assertThat(last(sent).get("text").asText()).contains("is sent");
        send("{\"member\":\"bob\",\"command\":\"rejected\",\"args\":\"update\"}");
        List<JsonNode> job = send("{\"member\":\"bob\",\"action\":\"answered:r1:?:new_job\"}");
        assertThat(last(job).get("text").asText()).contains("new job");
        assertThat(last(send("{\"member\":\"bob\",\"command\":\"rejected\",\"args\":\"list\"}")).get("text")
                .asText()).contains("latest: I found a new job").doesNotContain("Coming up");
    }

    @Test
    @DisplayName("malformed lines are refused with their line number and the run goes on")
    void malformed() throws Exception {
        JsonNode error = send("this is not json").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(send("{\"text\":\"no member\"}").get(0).has("error")).isTrue();
        assertThat(send("[1,2]").get(0).has("error")).isTrue();
        assertThat(send("{\"member\":\"bob\",\"command\":\"reboot\"}").get(0).has("error")).isTrue();
        assertThat(send("{\"clock\":\"yesterday\"}").get(0).has("error")).isTrue();
        assertThat(send("")).isEmpty();
        assertThat(last(send("{\"member\":\"bob\",\"command\":\"rejected\"}")).get("step").asText())
                .isEqualTo("company");
    }

    @Test
    @DisplayName("what was answered before a restart is still there after it")
    void restart() throws Exception {
        send("{\"member\":\"carol\",\"command\":\"rejected\"}");
        send("{\"member\":\"carol\",\"text\":\"Initech\"}");
        stop();
        startProcess();
        JsonNode resumed = last(send("{\"member\":\"carol\",\"command\":\"rejected\"}"));
        assertThat(resumed.get("step").asText()).isEqualTo("role");
        assertThat(resumed.get("text").asText()).contains("Initech");
        assertThat(Files.exists(data.resolve("rebound.db"))).isTrue();
    }
}
