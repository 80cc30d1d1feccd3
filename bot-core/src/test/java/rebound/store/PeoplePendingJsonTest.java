package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.intake.IntakeProgress;
import rebound.intake.PeoplePending;
import rebound.member.MemberState;

/** Issue 19: what the people step waits for is a type, kept in the member's JSON as the string it always was. */
@DisplayName("What the people step waits for, as stored")
class PeoplePendingJsonTest {

    private static MemberState waiting(PeoplePending pending) {
        return MemberState.empty().withIntake(new IntakeProgress("contacts", Map.of("company", "Acme"), List.of(),
                List.of("company"), pending));
    }

    private static String json(MemberState state) {
        return new String(StateJson.write(state), StandardCharsets.UTF_8);
    }

    private static MemberState read(String json) {
        return StateJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("each is written as the string of earlier files ('part', 'few_words', 'fix') and read back the same")
    void storedForm() {
        assertThat(json(waiting(new PeoplePending(PeoplePending.Waits.PART, -1, "PM Kim Park"))))
                .contains("\"pending\":{\"waitsFor\":\"part\",\"person\":-1,\"line\":\"PM Kim Park\"}");
        assertThat(json(waiting(PeoplePending.fewWords(1)))).contains("\"waitsFor\":\"few_words\",\"person\":1");
        assertThat(json(waiting(PeoplePending.fix(0)))).contains("\"waitsFor\":\"fix\",\"person\":0");
        for (PeoplePending pending : List.of(new PeoplePending(PeoplePending.Waits.PART, -1, "PM Kim"),
                PeoplePending.fewWords(1), PeoplePending.fix(0))) {
            MemberState state = waiting(pending);
            assertThat(read(json(state))).isEqualTo(state);
        }
    }

    @Test
    @DisplayName("a file of an earlier version reads to the type; a string this version does not know waits for nothing")
    void earlierFiles() {
        String before = "{\"version\":1,\"intake\":{\"step\":\"contacts\",\"answers\":{},\"contacts\":[],\"trail\":[],"
                + "\"pending\":{\"waitsFor\":\"%s\",\"person\":2,\"line\":\"\"}},\"awaiting\":\"\",\"counter\":0}";
        assertThat(read(before.formatted("few_words")).intake().pending().waitsFor())
                .isEqualTo(PeoplePending.Waits.FEW_WORDS);
        assertThat(read(before.formatted("fix")).intake().pending().is(PeoplePending.Waits.FIX)).isTrue();
        assertThat(read(before.formatted("part")).intake().pending().waitsFor()).isEqualTo(PeoplePending.Waits.PART);
        MemberState newer = read(before.formatted("something newer"));
        assertThat(newer.intake().step()).isEqualTo("contacts");
        assertThat(newer.intake().pending()).isNull();
    }
}
