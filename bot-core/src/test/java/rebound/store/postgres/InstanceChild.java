package rebound.store.postgres;

import java.time.Instant;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

/**
 * A Rebound instance on PostgreSQL in a child JVM, for {@link KilledInstanceTest}: claims the members
 * due now and prints {@code claimed <member>} for each (delivering nothing), then takes turns as
 * fast as it can, printing {@code committed <member> <delivery id>} after each turn returns, until
 * it is killed. Arguments: the database URL, its user, a name for this run, the key folder.
 */
public final class InstanceChild {

    private InstanceChild() {
    }

    public static void main(String[] args) {
        DatabaseAddress database = new DatabaseAddress(args[0], args[1], null);
        String run = args[2];
        int members = 20;
        PostgresMemberStore store = PostgresMemberStore.open(database, java.nio.file.Path.of(args[3]));
        for (String member : store.membersDueBy(Instant.now())) {
            System.out.println("claimed " + member);
        }
        System.out.flush();
        try (Rebound bot = new Rebound(new Settings(null, null, null), store,
                PlaybookBundle.load(PlaybookSource.builtIn()))) {
            for (long turn = 0; ; turn++) {
                String member = "console:m" + (turn % members);
                String id = run + "-" + turn;
                bot.handle(new Inbound(new Member(member), new Event.Text("Company " + turn), id));
                System.out.println("committed " + member + " " + id);
                System.out.flush();
            }
        }
    }
}
