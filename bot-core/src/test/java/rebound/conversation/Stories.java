package rebound.conversation;

/**
 * The members' stories of issue 21, as each member types them, each followed for up to a year (see
 * {@link Story}). {@link StoriesSpecTest} says what matters in each.
 */
final class Stories {

    /** A year after the first day, by which time every story has ended. */
    static final int A_YEAR = 365;

    private Stories() {
    }

    /** A hiring manager says no to giving a reference, three days in; the member lives the year after. */
    static Story ahmedDeclines() {
        Story story = new Story("01-hiring-manager-declines");
        story.logs("company=Acme", "role=Product Designer", "stage=final", "outcome=They hired someone else",
                "contacts=Ahmed Al-Sayed, hiring manager, the move to weekly releases", "still_interested=yes",
                "goals=thank, reference, stay in touch", "tone=warm");
        story.days(3).command("update").types("Ahmed said he can't give a reference");
        story.days(A_YEAR - 3);
        return story;
    }

    /** A recruiter gives feedback, then a referral to Globex; the interviewer is thanked and left alone. */
    static Story samFeedbackThenReferral() {
        Story story = new Story("02-recruiter-feedback-then-referral");
        story.logs("company=Acme", "role=Product Designer", "stage=interview", "outcome=hired_other",
                "contacts=Sam Lee, recruiter, the research team", "contacts=Omar Haddad, interviewer, the design critique",
                "still_interested=yes", "goals=thank, feedback, stay in touch", "tone=warm");
        story.days(2).command("update").types("Sam gave me some feedback, really useful");
        story.days(2).command("update").types("Sam referred me to Globex!");
        story.days(A_YEAR - 4);
        return story;
    }

    /** An interviewer's role goes on hold; the check-in comes, the member hears nothing and says so. */
    static Story priyaOnHold() {
        Story story = new Story("03-interviewer-on-hold-no-answer");
        story.logs("company=Initech", "role=Data Analyst", "stage=interview", "outcome=The role is on hold",
                "contacts=Priya Raman, interviewer, accessibility audits", "still_interested=yes", "goals=thank",
                "tone=formal");
        story.untilReminder("check_in", 90);
        story.presses("no_answer");
        story.days(A_YEAR - 60);
        return story;
    }

    /** "No openings right now" from a recruiter; the check-in comes and brings an invitation to talk. */
    static Story leeNoOpenings() {
        Story story = new Story("04-recruiter-no-openings-invited");
        story.logs("company=Hooli", "role=Backend Engineer", "stage=screen", "outcome=no openings",
                "contacts=Lee Chan, recruiter", "still_interested=yes", "goals=thank", "tone=brief");
        story.untilReminder("check_in", 90);
        story.presses("replied");
        story.types("they invited me to talk");
        story.days(A_YEAR - 60);
        return story;
    }

    /** Silence after the final round; the first nudge brings a reply, and it is a final no. */
    static Story silenceThenFinalNo() {
        Story story = new Story("05-silence-replied-final-no");
        story.logs("company=Globex", "role=Marketing Lead", "stage=final", "outcome=No answer at all",
                "contacts=Kim Park, recruiter", "contacts=Dana Smith, hiring manager, the spring campaign",
                "still_interested=yes", "goals=thank, stay in touch", "tone=warm");
        story.untilReminder("status_check", 10);
        story.presses("replied");
        story.types("a final no");
        story.days(A_YEAR - 7);
        return story;
    }

    /** The hiring manager invites the member to another round, then makes an offer. */
    static Story danaInvitesThenOffers() {
        Story story = new Story("06-hiring-manager-invites-then-offers");
        story.logs("company=Umbrella", "role=Product Manager", "stage=final", "outcome=hired_other",
                "contacts=Dana Smith, hiring manager, the pricing experiments",
                "contacts=Omar Haddad, interviewer, onboarding metrics", "still_interested=yes",
                "goals=thank, reference, stay in touch", "tone=warm");
        story.days(10).command("update").types("Dana invited me to another round");
        story.days(20).command("update").types("Dana made me an offer!");
        story.days(A_YEAR - 30);
        return story;
    }

    /** The feedback request is snoozed, then the member finds a new job: nothing more comes. */
    static Story snoozeThenNewJob() {
        Story story = new Story("07-snooze-then-new-job");
        story.logs("company=Acme", "role=Product Designer", "stage=final", "outcome=hired_other",
                "contacts=Ahmed Al-Sayed, hiring manager, the move to weekly releases", "still_interested=yes",
                "goals=thank, feedback, stay in touch", "tone=warm");
        story.untilReminder("feedback_request", 10);
        story.presses("snooze");
        story.days(5).command("update").types("I got a job at Initech!!");
        story.command("list");
        story.days(A_YEAR - 9);
        return story;
    }

    /** A recruiter's role is posted again after six weeks; the member applies and is nudged once. */
    static Story kimReopened() {
        Story story = new Story("08-recruiter-role-reopened");
        story.logs("company=Stark", "role=QA Engineer", "stage=interview", "outcome=hired_other",
                "contacts=Kim Park, recruiter, the test automation plans", "still_interested=yes",
                "goals=thank, stay in touch", "tone=warm");
        story.days(42).command("update").types("the role was posted again");
        story.days(A_YEAR - 42);
        return story;
    }

    /** The member stops the first reminder. */
    static Story stopsTheFirstReminder() {
        Story story = new Story("09-stop-the-first-reminder");
        story.logs("company=Wayne", "role=Designer", "stage=final", "outcome=hired_other",
                "contacts=Dana Smith, hiring manager, the move to weekly releases", "still_interested=yes",
                "goals=thank, stay in touch", "tone=warm");
        story.untilReminder("check_in", 40);
        story.presses("stop");
        story.days(A_YEAR - 30);
        return story;
    }

    /** The member asks for the list and an update halfway through logging their first no, then finishes. */
    static Story listDuringTheFirstIntake() {
        Story story = new Story("10-list-during-the-first-intake");
        story.command("").types("Vandelay").command("list").command("update");
        story.presses("resume");
        story.continues("role=Sales Associate", "stage=applied", "outcome=no answer at all", "contacts=nobody",
                "still_interested=yes", "goals=thank", "tone=brief");
        story.days(60);
        return story;
    }

    /** One hiring manager, and the member wants everything of them: thanks, a reference, feedback, to stay in touch. */
    static Story onePersonAskedEverything() {
        Story story = new Story("11-one-person-asked-everything");
        story.logs("company=Acme", "role=Product Designer", "stage=final", "outcome=hired_other",
                "contacts=Noor Hassan, hiring manager, the design system", "still_interested=yes",
                "goals=thank, feedback, reference, stay in touch", "tone=warm");
        story.days(A_YEAR);
        return story;
    }

    /** A recruiter the member clicked with refers them on day 10; the month's check-in comes after. */
    static Story referralThenCheckIn() {
        Story story = new Story("12-referral-then-check-in");
        story.logs("company=Acme", "role=Product Designer", "stage=interview", "outcome=hired_other",
                "contacts=Sam Lee, recruiter, the research team", "still_interested=yes",
                "goals=thank, stay in touch", "clicked_with=Sam Lee", "tone=warm");
        story.days(10).command("update").types("Sam put in a word for me at Globex");
        story.days(A_YEAR - 10);
        return story;
    }
}
