package rebound.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import rebound.playbook.PlaybookSource;
import rebound.reading.ContactReader;
import rebound.reading.ReadContact;
import rebound.reading.ReadingVocabulary;
import rebound.reading.Topic;
import rebound.reading.TopicReader;

/**
 * What reading a contact line costs (issue 12: "measure what it costs per contact line"; issue 18: the
 * same per line of the reading corpus, remarks, titles and greetings included): the
 * rules of {@code rebound.reading} on the lines of the contact spec table, and, for comparison, an
 * Apache OpenNLP part-of-speech tagger on the same lines when its jars are on the class path.
 * A driver, not a test: nothing is asserted.
 *
 * <pre>
 * mvn -B -q -pl bot-core -DskipTests package
 * java -cp bot-core/target/test-classes:bot-core/target/bot-core-0.1.0-SNAPSHOT-app.jar rebound.bench.ReadingBenchmark
 * # with OpenNLP for comparison (both jars from the local Maven repository, not a dependency of Rebound):
 * java -cp bot-core/target/test-classes:bot-core/target/bot-core-0.1.0-SNAPSHOT-app.jar:$HOME/.m2/repository/org/apache/opennlp/opennlp-tools/2.5.4/opennlp-tools-2.5.4.jar:$HOME/.m2/repository/org/apache/opennlp/opennlp-models-pos-en/1.3.0/opennlp-models-pos-en-1.3.0.jar rebound.bench.ReadingBenchmark opennlp
 * </pre>
 */
public final class ReadingBenchmark {

    /** Contact lines as members type them (a sample of the spec table's shapes). */
    static final List<String> LINES = List.of(
            "Priya (HM) - loved her take on design systems", "Tom (recruiter)", "Jen from HR", "Chris from the panel",
            "the HR lady", "HM", "recruiter, Dana Smith, salary bands", "someone from HR, didn't catch her name",
            "tech lead", "PM", "VP of Engineering", "Dr. Emily Chen", "marcus", "ANA BELL",
            "Ana Lima, recruiter: APIs", "Pieter van der Berg", "maria de la cruz", "Dana who interviewed me",
            "Sam, the tech lead who walked me through the on-call rotation", "Dana Smith talked about salary bands",
            "Maria, VP of Engineering, her views on remote work", "Sandy - hiring manager - her move from Texas",
            "Kate O'Neil, hiring manager, her 30-60-90 plan", "chris from the panel, asked about kafka",
            "Anna (interviewer): we talked about accessibility", "Omar, engineering manager, he runs the data team",
            "Jordan Lee — recruiter — nothing really", "Prof. Ana de la Cruz, director of research",
            "Sofia, the TA who set up the calls", "Mark, CEO, his startup story");

    private ReadingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Rebound reading benchmark (%d cores, %s), %d lines%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LINES.size());
        long loadStart = System.nanoTime();
        ReadingVocabulary vocabulary = ReadingVocabulary.load(PlaybookSource.builtIn());
        System.out.printf("rules: loading people.txt and topics.txt: %.1f ms (cold)%n",
                (System.nanoTime() - loadStart) / 1e6);
        ContactReader contacts = new ContactReader(vocabulary);
        TopicReader topics = new TopicReader(vocabulary);
        Work reading = line -> {
            ReadContact read = contacts.read(line);
            Topic topic = topics.read(read.topic(), read.asReader());
            return read.part().length() + topic.text().length();
        };
        measure("rules: ContactReader + TopicReader per contact line", LINES, reading);
        List<String> corpus = corpusLines();
        if (!corpus.isEmpty()) {
            measure("rules: the same, per line of the reading corpus (" + corpus.size() + " people lines)", corpus,
                    reading);
        }
        if (List.of(args).contains("opennlp")) {
            openNlp();
        }
    }

    interface Work {
        int run(String line) throws Exception;
    }

    /**
     * 5 s warm-up, then five 2-second runs over the lines; the median counts. Wall time and this
     * thread's CPU time are both given: on a shared machine (other builds running) the CPU time is
     * the steadier figure.
     */
    static void measure(String what, Work work) throws Exception {
        measure(what, LINES, work);
    }

    /**
     * The people lines of the reading corpus (issue 18, {@code src/test/resources/reading/corpus-people.txt}:
     * titles, remarks, names of many cultures, emoji, several people), the first column of each; empty
     * when the file is not on the class path.
     */
    static List<String> corpusLines() throws java.io.IOException {
        try (InputStream in = ReadingBenchmark.class.getResourceAsStream("/reading/corpus-people.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(" \\| ", 2)[0].strip())
                    .toList();
        }
    }

    /** As {@link #measure(String, Work)}, over {@code lines}. */
    static void measure(String what, List<String> lines, Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warm = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warm) {
            for (String line : lines) {
                sink += work.run(line);
            }
        }
        double[] wall = new double[5];
        double[] cpu = new double[5];
        for (int i = 0; i < wall.length; i++) {
            long read = 0;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long end = start + 2_000_000_000L;
            while (System.nanoTime() < end) {
                for (String line : lines) {
                    sink += work.run(line);
                    read++;
                }
            }
            wall[i] = (System.nanoTime() - start) / (double) read;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / (double) read;
        }
        System.out.printf("%s: %.2f µs CPU, %.2f µs wall, medians of 5 x 2 s (CPU each: %s) [%d]%n", what,
                median(cpu) / 1000, median(wall) / 1000,
                Arrays.stream(cpu).mapToObj(n -> String.format("%.2f", n / 1000)).toList(), sink % 10);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** OpenNLP's tagger through reflection, so Rebound needs no dependency to compare with it. */
    static void openNlp() throws Exception {
        Class<?> modelClass;
        try {
            modelClass = Class.forName("opennlp.tools.postag.POSModel");
        } catch (ClassNotFoundException e) {
            System.out.println("opennlp: not on the class path (see the command in this class's docs)");
            return;
        }
        String resource = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long loadStart = System.nanoTime();
        Object model;
        try (InputStream in = ReadingBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                System.out.println("opennlp: the model " + resource + " is not on the class path");
                return;
            }
            model = modelClass.getConstructor(InputStream.class).newInstance(in);
        }
        Class<?> taggerClass = Class.forName("opennlp.tools.postag.POSTaggerME");
        Object tagger = taggerClass.getConstructor(modelClass).newInstance(model);
        System.out.printf("opennlp: loading the English UD EWT POS model: %.0f ms%n",
                (System.nanoTime() - loadStart) / 1e6);
        System.gc();
        System.out.printf("opennlp: heap held by the model: about %.1f MB%n",
                (runtime.totalMemory() - runtime.freeMemory() - heapBefore) / 1e6);
        Method tag = taggerClass.getMethod("tag", String[].class);
        measure("opennlp: POS tags of one contact line (tagging only, no reading)", line -> {
            String[] tags = (String[]) tag.invoke(tagger, (Object) line.split("\\s+"));
            return tags.length;
        });
        String[] sample = "she asked about my logistics background".split(" ");
        System.out.println("opennlp: sample tags: " + String.join(" ", (String[]) tag.invoke(tagger, (Object) sample)));
    }
}
