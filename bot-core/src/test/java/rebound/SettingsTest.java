package rebound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.store.postgres.DatabaseAddress;

@DisplayName("Settings from the environment")
class SettingsTest {

    @Test
    @DisplayName("without REBOUND_DATABASE_URL state stays in the data directory")
    void noDatabase() {
        Settings settings = Settings.fromEnvironment(Map.of("REBOUND_DATA", "/srv/rebound", "REBOUND_DATABASE_URL", " "));
        assertThat(settings.database()).isNull();
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/rebound"));
    }

    @Test
    @DisplayName("REBOUND_DATABASE_URL with its user and password names the database; changing other settings keeps it")
    void database() {
        Settings settings = Settings.fromEnvironment(Map.of("REBOUND_DATABASE_URL", "jdbc:postgresql://db:5432/rebound",
                "REBOUND_DATABASE_USER", "rebound", "REBOUND_DATABASE_PASSWORD", "s3cret"));
        assertThat(settings.database()).isEqualTo(new DatabaseAddress("jdbc:postgresql://db:5432/rebound", "rebound",
                "s3cret"));
        assertThat(settings.withPlaybookDir(Path.of("p")).withClock(null).database()).isEqualTo(settings.database());
        assertThat(settings.withDatabase(null).database()).isNull();
    }

    @Test
    @DisplayName("a database address never shows its password, in the URL or beside it")
    void passwordHidden() {
        DatabaseAddress address = new DatabaseAddress("jdbc:postgresql://db/rebound?user=r&password=s3cret&ssl=true",
                "rebound", "hunter2");
        assertThat(address.toString()).doesNotContain("s3cret").doesNotContain("hunter2")
                .contains("password=***").contains("ssl=true");
        assertThat(new Settings(null, null, null, address).toString()).doesNotContain("s3cret").doesNotContain("hunter2");
    }
}
