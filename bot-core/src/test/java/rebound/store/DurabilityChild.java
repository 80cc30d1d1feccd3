package rebound.store;

import java.nio.file.Path;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;

/**
 * Run in a child JVM by {@link DurabilityTest}: takes turns as fast as it can and prints
 * {@code committed <member> <delivery id>} after each turn returns, until it is killed.
 */
public final class DurabilityChild {

    private DurabilityChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String run = args[1];
        int members = 20;
        try (Rebound bot = Rebound.open(new Settings(dir, null, null))) {
            System.out.println("ready");
            System.out.flush();
            for (long turn = 0; ; turn++) {
                String member = "console:m" + (turn % members);
                String id = run + "-" + turn;
                bot.handle(new Inbound(new Member(member), new rebound.frontdoor.Event.Text("Company " + turn), id));
                System.out.println("committed " + member + " " + id);
                System.out.flush();
            }
        }
    }
}
