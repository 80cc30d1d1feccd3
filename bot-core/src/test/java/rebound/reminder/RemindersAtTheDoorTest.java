package rebound.reminder;

import org.junit.jupiter.api.DisplayName;
import rebound.store.InMemoryMemberStore;
import rebound.store.MemberStore;

@DisplayName("Reminders through the front door, in each member's order (in-memory twin)")
class RemindersAtTheDoorTest extends RemindersAtTheDoorContract {

    @Override
    MemberStore openStore() {
        return new InMemoryMemberStore();
    }
}
