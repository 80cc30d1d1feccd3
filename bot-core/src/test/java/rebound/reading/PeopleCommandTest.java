package rebound.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.playbook.PlaybookSource;

@DisplayName("remove NAME and fix NAME at the people step")
class PeopleCommandTest {

    static final ReadingVocabulary VOCABULARY = ReadingVocabulary.load(PlaybookSource.builtIn());
    static final List<String> PEOPLE = List.of("Norman Lee", "Dana Smith", "", "Dan Brown", "Priya Raman");

    static Optional<PeopleCommand> read(String line) {
        return PeopleCommand.read(VOCABULARY, line, PEOPLE);
    }

    @Test
    void removeByFirstName() {
        PeopleCommand command = read("remove Norman").orElseThrow();
        assertThat(command.action()).isEqualTo(PeopleCommand.REMOVE);
        assertThat(command.typed()).isEqualTo("Norman");
        assertThat(command.index()).isZero();
    }

    @Test
    void fixByFullNameInAnyCase() {
        PeopleCommand command = read("fix dana smith").orElseThrow();
        assertThat(command.action()).isEqualTo(PeopleCommand.FIX);
        assertThat(command.index()).isEqualTo(1);
    }

    @Test
    @DisplayName("other words for the commands, from people.txt")
    void otherCommandWords() {
        assertThat(read("delete Priya").orElseThrow().action()).isEqualTo(PeopleCommand.REMOVE);
        assertThat(read("take out Priya").orElseThrow().index()).isEqualTo(4);
        assertThat(read("change Priya").orElseThrow().action()).isEqualTo(PeopleCommand.FIX);
        assertThat(read("Edit Norman").orElseThrow().index()).isZero();
    }

    @Test
    @DisplayName("a slip or two in the name still finds the person")
    void fuzzyName() {
        assertThat(read("remove Normann").orElseThrow().index()).isZero();
        assertThat(read("remove Pryia").orElseThrow().index()).isEqualTo(4);
        assertThat(read("fix Raman").orElseThrow().index()).isEqualTo(4);
    }

    @Test
    @DisplayName("the start of a name is enough when only one person fits")
    void prefix() {
        assertThat(read("remove Nor").orElseThrow().index()).isZero();
    }

    @Test
    @DisplayName("when two people fit, the member picks")
    void severalFit() {
        PeopleCommand command = read("remove Da").orElseThrow();
        assertThat(command.index()).isEqualTo(-1);
        assertThat(command.matches()).containsExactly(1, 3);
    }

    @Test
    @DisplayName("an exact word beats a near one: Dan is Dan Brown, not Dana")
    void exactBeatsNear() {
        assertThat(read("fix Dan").orElseThrow().matches()).containsExactly(3);
    }

    @Test
    @DisplayName("nobody fits: no match, so the caller can say so or read a person instead")
    void nobodyFits() {
        PeopleCommand command = read("remove Zed").orElseThrow();
        assertThat(command.matches()).isEmpty();
        assertThat(command.typed()).isEqualTo("Zed");
        assertThat(read("remove").orElseThrow().matches()).isEmpty();
    }

    @Test
    @DisplayName("a line that is a person is no command")
    void aPersonIsNoCommand() {
        assertThat(read("Dana Smith, recruiter")).isEmpty();
        assertThat(read("")).isEmpty();
        assertThat(read(null)).isEmpty();
    }
}
