package rebound.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images the container test runs: a Java 17 base made offline from Debian's packages (no image
 * registry is reachable here), and Rebound's image built on it from the repository's Dockerfile,
 * exactly as the README builds it with another base.
 */
final class TestImages {

    /** Rebound's image, built by the test from the release archive of this build. */
    static final String REBOUND = "localhost/rebound:test";
    private static final Duration BUILD = Duration.ofMinutes(15);

    private TestImages() {
    }

    /**
     * A Debian minbase with a Java 17 runtime, made once per machine with debootstrap (a few minutes)
     * and kept in podman's store for the next run.
     */
    static String base() throws IOException {
        String suite = debianSuite();
        String image = "localhost/rebound-test-base:" + suite;
        if (Podman.podman(Duration.ofSeconds(30), "image", "exists", image).ok()) {
            return image;
        }
        Path root = Files.createTempDirectory("rebound-base");
        try {
            Podman.Result made = Podman.run(BUILD, List.of("debootstrap", "--variant=minbase",
                    "--include=openjdk-17-jre-headless,ca-certificates", suite, root.toString()));
            assertThat(made.exitCode()).as("debootstrap of %s:\n%s", suite, tail(made.output())).isZero();
            Podman.Result imported = Podman.run(BUILD, List.of("sh", "-c",
                    "tar -C '" + root + "' -c . | podman --runtime runc --cgroup-manager=cgroupfs import - " + image));
            assertThat(imported.exitCode()).as("podman import:\n%s", imported.output()).isZero();
        } finally {
            Podman.run(Duration.ofMinutes(2), List.of("rm", "-rf", root.toString()));
        }
        return image;
    }

    /** Builds {@link #REBOUND} from the repository's Dockerfile on {@code base}. */
    static void buildRebound(Path repository, String base) throws IOException {
        Podman.ok(BUILD, "build", "--build-arg", "BASE_IMAGE=" + base, "-t", REBOUND, repository.toString());
    }

    /** The Debian release this machine runs ({@code bookworm}), whose packages debootstrap fetches. */
    private static String debianSuite() throws IOException {
        Matcher m = Pattern.compile("(?m)^VERSION_CODENAME=(\\w+)").matcher(Files.readString(Path.of("/etc/os-release")));
        assertThat(m.find()).as("a Debian release in /etc/os-release").isTrue();
        return m.group(1);
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
