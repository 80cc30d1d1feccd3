package rebound.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import rebound.member.MemberState;

/**
 * Member state as versioned JSON: fields added later read as empty from old files, fields removed
 * later are ignored, and the {@code version} field lets a future reader migrate.
 */
public final class StateJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private StateJson() {
    }

    public static byte[] write(MemberState state) {
        try {
            return MAPPER.writeValueAsBytes(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write member state", e);
        }
    }

    public static MemberState read(byte[] json) {
        try {
            return MAPPER.readValue(json, MemberState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read member state", e);
        }
    }

    /** Everything kept about a member, readable by a person: what {@code rejected export} returns. */
    public static String pretty(MemberState state) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write member state", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
