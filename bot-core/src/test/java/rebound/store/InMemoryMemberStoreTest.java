package rebound.store;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory member store keeps the store's contract")
class InMemoryMemberStoreTest extends MemberStoreContract {

    @Override
    protected MemberStore open() {
        return new InMemoryMemberStore();
    }
}
