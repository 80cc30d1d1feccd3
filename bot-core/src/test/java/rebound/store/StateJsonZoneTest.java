package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.member.MemberState;

@DisplayName("A member's zone as JSON (issue 21)")
class StateJsonZoneTest {

    @Test
    @DisplayName("a record written before zones were kept reads as a member whose zone is unknown (UTC)")
    void olderRecord() {
        String before = "{\"version\":1,\"rejections\":[],\"awaiting\":\"\",\"seen\":[\"e1\"],\"seenAt\":[5],"
                + "\"counter\":3}";
        MemberState state = StateJson.read(before.getBytes(StandardCharsets.UTF_8));
        assertThat(state.zoneKnown()).isFalse();
        assertThat(state.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(state.counter()).isEqualTo(3);
        assertThat(state.seen()).containsExactly("e1");
    }

    @Test
    @DisplayName("a zone is written as its id, read back the same, and only once in the record")
    void roundTrip() {
        MemberState state = MemberState.empty().withZone(ZoneId.of("Asia/Kolkata"));
        String json = new String(StateJson.write(state), StandardCharsets.UTF_8);
        assertThat(json).contains("\"timeZone\":\"Asia/Kolkata\"").doesNotContain("\"zone\"")
                .doesNotContain("zoneKnown");
        assertThat(StateJson.read(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(state);
        assertThat(StateJson.read(json.getBytes(StandardCharsets.UTF_8)).zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    @DisplayName("a zone id this Java does not know reads as UTC rather than failing the member")
    void unknownId() {
        String json = "{\"version\":1,\"counter\":0,\"timeZone\":\"Mars/Olympus\"}";
        assertThat(StateJson.read(json.getBytes(StandardCharsets.UTF_8)).zone()).isEqualTo(ZoneOffset.UTC);
    }
}
