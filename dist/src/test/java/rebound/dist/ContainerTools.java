package rebound.dist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a container test needs of podman: the image, a container's command line, its user, its removal. */
public final class ContainerTools {

    /** Rebound's image as the test builds it. */
    public static final String IMAGE = TestImages.REBOUND;
    private static final Duration QUICK = Duration.ofMinutes(1);

    private ContainerTools() {
    }

    /** True when podman is installed and answers. */
    public static boolean podmanAvailable() {
        return Podman.available();
    }

    /** Builds {@link #IMAGE} from the repository's Dockerfile on a Java 17 base made offline. */
    public static void buildImage() throws IOException {
        TestImages.buildRebound(Path.of(System.getProperty("rebound.repository")), TestImages.base());
    }

    /**
     * The start of a {@code podman run} of a container named {@code name}, in the foreground (its
     * output is the command's, a SIGTERM to the command reaches the container), with this machine's
     * limits; the caller adds options, the image and its arguments.
     */
    public static List<String> run(String name) {
        List<String> command = new ArrayList<>(List.of("podman", "--runtime", "runc", "--cgroup-manager=cgroupfs",
                "run", "--name", name));
        command.addAll(Podman.LIMITS);
        return command;
    }

    /** The user a running container's processes run as, {@code uid:gid}. */
    public static String user(String name) throws IOException {
        return Podman.ok(QUICK, "exec", name, "sh", "-c", "echo $(id -u):$(id -g)");
    }

    /** True when the image's health check ({@code /opt/rebound/bin/health}) passes in the running container. */
    public static boolean healthy(String name) throws IOException {
        return Podman.podman(QUICK, "exec", name, "/opt/rebound/bin/health").ok();
    }

    /** Removes the container if it exists. */
    public static void remove(String name) throws IOException {
        Podman.podman(QUICK, "rm", "--force", "--ignore", name);
    }

    /** Gives these folders, and what they hold, to the image's user, as an operator does for a volume. */
    public static void ownedBy(String uid, Path... folders) throws IOException {
        for (Path folder : folders) {
            Podman.run(QUICK, List.of("chown", "-R", uid + ":" + uid, folder.toString()));
        }
    }
}
