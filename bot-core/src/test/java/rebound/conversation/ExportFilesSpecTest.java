package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.rejection.Rejection;
import rebound.store.StateJson;

@DisplayName("/rejected export: everything kept, as files (issue 20, item 9; issue 21)")
class ExportFilesSpecTest {

    private static final List<String> COLUMNS = List.of("Date", "Company", "Role", "Stage", "Outcome",
            "Still interested", "People met", "Notes sent", "Latest outcome", "Latest outcome date",
            "Follow-ups pending", "Next follow-up");

    private static List<CSVRecord> rows(Attachment table) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(table.asText())).getRecords();
    }

    @Test
    @DisplayName("two files: the JSON as kept, then a table of rejections and outcomes; no draft to copy")
    void twoFiles() throws IOException {
        Dialogue ana = CalendarSpecTest.withPlan("console:ana").commands("export");
        Outbound message = ana.last();
        assertThat(message.text()).startsWith("Here's everything I keep about you, in two files");
        assertThat(message.drafts()).isEmpty();
        assertThat(message.attachments()).extracting(Attachment::name)
                .containsExactly("rebound-export.json", "rebound-rejections.csv");
        Attachment table = message.attachments().get(1);
        assertThat(table.mediaType()).startsWith("text/csv");
        assertThat(table.asText()).startsWith(String.join(",", COLUMNS) + "\r\n");
        assertThat(rows(table)).singleElement().satisfies(row -> {
            assertThat(row.get("Date")).isEqualTo("2026-11-23");
            assertThat(row.get("Company")).isEqualTo("Acme");
            assertThat(row.get("Role")).isEqualTo("Product Designer");
            assertThat(row.get("Stage")).isNotBlank().isNotEqualTo("final");
            assertThat(row.get("Outcome")).isNotBlank().isNotEqualTo("hired_other");
            assertThat(row.get("Still interested")).isEqualTo("Yes");
            assertThat(row.get("People met")).isEqualTo("Dana Smith (recruiter)");
            assertThat(row.get("Notes sent")).isEmpty();
            assertThat(row.get("Latest outcome")).isEmpty();
            assertThat(Integer.parseInt(row.get("Follow-ups pending"))).isPositive();
            assertThat(row.get("Next follow-up")).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    @DisplayName("notes marked sent and the latest outcome reported, with its date, are in the table")
    void whatHappenedSince() throws IOException {
        Dialogue ana = CalendarSpecTest.withPlan("console:ana");
        String id = ana.state().rejections().get(0).id();
        ana.later(java.time.Duration.ofDays(3)).presses(new Action.Sent(id, "0").encode());
        ana.later(java.time.Duration.ofDays(2)).presses(new Action.Answered(id, "0", "replied").encode());
        CSVRecord row = rows(ana.commands("export").last().attachments().get(1)).get(0);
        assertThat(row.get("Notes sent")).contains("Dana Smith");
        assertThat(row.get("Latest outcome")).isNotEmpty();
        assertThat(row.get("Latest outcome date")).isEqualTo("2026-11-28");
    }

    @Test
    @DisplayName("a cell with commas, quotes and line breaks stays one cell")
    void quoting() throws IOException {
        MemberState state = CalendarSpecTest.withPlan("console:ana").state();
        Rejection r = state.rejections().get(0);
        MemberState odd = state.withRejections(List.of(new Rejection(r.id(), r.createdAt(), "Acme, \"Inc\"\nEU",
                r.role(), r.stage(), r.outcome(), r.stillInterested(), r.contacts(), r.goals(), r.targets(),
                r.tone(), r.drafts(), r.followUps(), r.history())));
        Outbound message = Dialogue.conversation().step(odd, Inbound.command(new Member("console:ana"), "export"),
                Instant.parse("2026-11-24T10:00:00Z")).replies(StateJson::pretty).get(0);
        assertThat(rows(message.attachments().get(1))).singleElement()
                .satisfies(row -> assertThat(row.get("Company")).isEqualTo("Acme, \"Inc\"\nEU"));
    }

    @Test
    @DisplayName("500 rejections: one message with two files, not 150,000 characters of messages")
    void fiveHundred() throws IOException {
        MemberState one = CalendarSpecTest.withPlan("console:ana").state();
        Rejection r = one.rejections().get(0);
        List<Rejection> many = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            many.add(new Rejection("r" + i, r.createdAt(), r.company() + " " + i, r.role(), r.stage(), r.outcome(),
                    r.stillInterested(), r.contacts(), r.goals(), r.targets(), r.tone(), r.drafts(), r.followUps(),
                    r.history()));
        }
        List<Outbound> replies = Dialogue.conversation().step(one.withRejections(many),
                Inbound.command(new Member("console:ana"), "export"), Instant.parse("2026-11-24T10:00:00Z"))
                .replies(StateJson::pretty);
        assertThat(replies).singleElement().satisfies(message -> {
            assertThat(message.text().length()).isLessThan(400);
            assertThat(message.attachments().get(0).size()).isGreaterThan(150_000);
            assertThat(rows(message.attachments().get(1))).hasSize(500);
        });
    }
}
