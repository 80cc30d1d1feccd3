package rebound.rejection;

import java.util.Locale;

/**
 * A person the member met, with the facts a note written for them depends on.
 *
 * @param name   the name as it should be written (empty when the member did not catch it)
 * @param part   their part in the process, an option value of the {@code contacts} step such as
 *               {@code recruiter} (empty when unknown)
 * @param detail what the member remembers talking about with them (empty when none)
 * @param title  a title for formal greetings, such as {@code Dr.} (empty when none was given; never guessed)
 * @param told   whether this person told the member the news ({@code null}: not known, so no note thanks
 *               them for it)
 * @param clicked whether the member clicked with them ({@code null}: not asked, so a remembered detail
 *               stands for it)
 * @param greeting how a warm note greets them when it is not the first word of the name: a nickname
 *               ("Bart" for Bartholomew 'Bart' Simpson-Jones), a compound given name ("María José"), the
 *               given name of a name written family name first ("Minh Khai"); empty: the first word
 * @param formal  how a formal note greets them when title and last word would be wrong ("Dr. Nguyễn",
 *               "Nguyễn Thị Minh Khai"); empty: as {@link #formalName()} derives it
 * @param disliked whether the member's own remark said they did not like them ("kinda rude tbh"): such a
 *               person is no one they clicked with unless the member says so (seed 004: only the people you
 *               sincerely liked)
 */
public record Contact(String name, String part, String detail, String title, Boolean told, Boolean clicked,
                      String greeting, String formal, boolean disliked) {

    public Contact {
        name = name == null ? "" : name.trim();
        part = part == null ? "" : part.trim();
        detail = detail == null ? "" : detail.trim();
        title = title == null ? "" : title.trim();
        greeting = greeting == null ? "" : greeting.trim();
        formal = formal == null ? "" : formal.trim();
    }

    /** A person as before greetings were read: first word and title with last word greet them. */
    public Contact(String name, String part, String detail, String title, Boolean told, Boolean clicked) {
        this(name, part, detail, title, told, clicked, "", "", false);
    }

    /** A person with a name, part and detail only: nothing known yet about who told the news or clicking. */
    public Contact(String name, String part, String detail) {
        this(name, part, detail, "", null, null);
    }

    /** The name a warm note greets them by: the {@linkplain #greeting() greeting} read, else the first word of the name. */
    public String firstName() {
        if (!greeting.isEmpty()) {
            return greeting;
        }
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** The last word of the name (the whole name when it is one word). */
    public String lastName() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** How a formal note addresses them: title and last name when a title was given, else the full name. */
    public String formalName() {
        if (!formal.isEmpty()) {
            return formal;
        }
        return title.isEmpty() || name.indexOf(' ') < 0 ? (title.isEmpty() ? name : title + " " + name)
                : title + " " + lastName();
    }

    /** Whether a name is known (a person the member could not name is greeted without one). */
    public boolean named() {
        return !name.isEmpty();
    }

    /** Whether this person is known to have told the member the news. */
    public boolean toldTheNews() {
        return Boolean.TRUE.equals(told);
    }

    /**
     * Whether the member clicked with them: as the member said when asked, else whether they remember
     * something from their conversation (seed 000: the people you clicked with are your best references).
     */
    public boolean clickedWith() {
        return clicked != null ? clicked : !disliked && !detail.isEmpty();
    }

    /**
     * Whether the member actually spoke with them, which follows from how far they got: after an
     * application alone nobody was spoken with; from a first call on, everyone they name was.
     */
    public boolean spokeWith(String stage) {
        return !"applied".equals(stage);
    }

    /** The same person, marked as someone the member clicked with (or not). */
    public Contact withClicked(boolean value) {
        return new Contact(name, part, detail, title, told, value, greeting, formal, disliked);
    }

    /** The same person with what the member remembers about them replaced. */
    public Contact withDetail(String value) {
        return new Contact(name, part, value, title, told, clicked, greeting, formal, disliked);
    }

    /** The same person with who told the news and whether the member clicked with them as given (null: not known). */
    public Contact withMarks(Boolean toldThem, Boolean clickedWithThem) {
        return new Contact(name, part, detail, title, toldThem, clickedWithThem, greeting, formal, disliked);
    }

    /** The same person with nothing yet known about who told the news or whom the member clicked with. */
    public Contact unmarked() {
        return withMarks(null, null);
    }

    /** Whether this is the given part id, ignoring case. */
    public boolean is(String partId) {
        return part.toLowerCase(Locale.ROOT).equals(partId);
    }
}
