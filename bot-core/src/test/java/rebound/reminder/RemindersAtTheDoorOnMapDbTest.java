package rebound.reminder;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;

@DisplayName("Reminders through the front door, in each member's order (MapDB)")
class RemindersAtTheDoorOnMapDbTest extends RemindersAtTheDoorContract {

    @TempDir
    Path data;

    @Override
    MemberStore openStore() {
        return MapDbMemberStore.open(data);
    }
}
