import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Hot spots of a JFR recording (single-file program: java JfrSummary.java FILE [TOP]): the share of execution samples
 * by component (the first frame from the top of the stack that belongs to a known library), by the nearest Livebrief
 * method and by top frame.
 */
public class JfrSummary {

    /** Checked in this order against each frame's class, from the top of the stack down. */
    static final Map<String, String> COMPONENTS = new LinkedHashMap<>();
    static {
        COMPONENTS.put("org.wildfly.security.password", "password hashing (bcrypt)");
        COMPONENTS.put("org.apache.lucene", "Lucene (indexing, search)");
        COMPONENTS.put("org.hibernate.search", "Hibernate Search");
        COMPONENTS.put("org.h2", "H2");
        COMPONENTS.put("org.postgresql", "PostgreSQL driver");
        COMPONENTS.put("org.hibernate.envers", "Envers");
        COMPONENTS.put("org.hibernate", "Hibernate ORM");
        COMPONENTS.put("com.ibm.icu", "ICU (analysis)");
        COMPONENTS.put("org.jsoup", "jsoup (sanitising, plain text)");
        COMPONENTS.put("org.livebrief.names", "Livebrief names (tagging)");
        COMPONENTS.put("org.livebrief", "Livebrief other");
        COMPONENTS.put("org.eclipse.yasson", "JSON binding (Yasson)");
        COMPONENTS.put("com.fasterxml.jackson", "JSON binding (Jackson)");
        COMPONENTS.put("org.eclipse.parsson", "JSON (Parsson)");
        COMPONENTS.put("org.jboss.resteasy", "RESTEasy");
        COMPONENTS.put("io.undertow", "Undertow");
        COMPONENTS.put("org.wildfly.security", "Elytron");
        COMPONENTS.put("com.arjuna", "Narayana (transactions)");
        COMPONENTS.put("org.jboss.jca", "IronJacamar (connection pool)");
        COMPONENTS.put("org.jboss.weld", "Weld (CDI)");
        COMPONENTS.put("org.xnio", "XNIO");
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<String, Integer> components = new HashMap<>();
        Map<String, Integer> frames = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> stack = e.getStackTrace().getFrames();
            if (stack.isEmpty()) {
                continue;
            }
            samples++;
            frames.merge(name(stack.get(0)), 1, Integer::sum);
            components.merge(component(stack), 1, Integer::sum);
            ours.merge(stack.stream().filter(f -> f.getMethod().getType().getName().startsWith("org.livebrief"))
                    .findFirst().map(JfrSummary::name).orElse("(no Livebrief frame)"), 1, Integer::sum);
        }
        System.out.printf("%d execution samples%n%nby component (first known library from the top of the stack):%n", samples);
        print(components, samples, top);
        System.out.printf("%nby the nearest Livebrief method on the stack:%n");
        print(ours, samples, top);
        System.out.printf("%nby top frame:%n");
        print(frames, samples, top);
    }

    static String component(List<RecordedFrame> stack) {
        for (RecordedFrame frame : stack) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> c : COMPONENTS.entrySet()) {
                if (type.startsWith(c.getKey())) {
                    return c.getValue();
                }
            }
        }
        return "JDK and other (" + stack.get(0).getMethod().getType().getName().replaceAll("\\.[^.]*$", "") + ")";
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static void print(Map<String, Integer> counts, int total, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(c -> System.out.printf("  %5.1f %%  %s%n", 100.0 * c.getValue() / total, c.getKey()));
    }
}
