import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.springframework.boot.SpringApplicationAotProcessor;

/**
 * Spring's build-time processing for the README's start command: works out the lab's beans once,
 * here, so that each start skips it (bean conditions, configuration classes, reflection), then
 * packs the generated classes in a jar that starts the lab with them. The jar sits beside the
 * extracted lab jar and names it on its class path; the lab uses the classes when started with
 * {@code -Dspring.aot.enabled=true}.
 *
 * <p>Spring Boot's Maven goal for this compiles with the JDK Maven runs on (17 here), which cannot
 * compile against classes built for 25; this runs on the build's JDK 25.
 *
 * <p>Usage: {@code java -cp LAB_JAR src/build/SpringAotJar.java MAIN_CLASS WORK_DIR OUT_JAR}
 */
public class SpringAotJar {

    public static void main(String[] args) throws Exception {
        String mainClass = args[0];
        Path work = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Path labJar = Path.of(System.getProperty("java.class.path"));
        Path sources = work.resolve("sources");
        Path resources = work.resolve("resources");
        Path classes = work.resolve("classes");
        deleteTree(work);

        SpringApplicationAotProcessor.main(new String[] {
            mainClass, sources.toString(), resources.toString(), classes.toString(), "dev.perflab", "perflab-server"
        });

        List<String> javac = new ArrayList<>(List.of(
                "--release",
                String.valueOf(Runtime.version().feature()),
                "-parameters",
                "-nowarn",
                "-proc:none",
                "-cp",
                classPath(labJar),
                "-d",
                classes.toString()));
        javac.addAll(files(sources).stream()
                .filter(file -> file.toString().endsWith(".java"))
                .map(Path::toString)
                .toList());
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException(
                    "javac could not compile Spring's generated sources (status " + status + ")");
        }

        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        manifest.getMainAttributes()
                .put(Attributes.Name.CLASS_PATH, labJar.getFileName().toString());
        try (var jar = new JarOutputStream(Files.newOutputStream(out), manifest)) {
            for (Path root : List.of(classes, resources)) {
                for (Path file : files(root)) {
                    jar.putNextEntry(
                            new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, jar);
                    jar.closeEntry();
                }
            }
        }
        System.out.println("Spring's build-time classes for " + mainClass + " are in " + out);
    }

    /** The lab jar and every jar of the lib folder its manifest names: the compiler API expands no {@code *}. */
    private static String classPath(Path labJar) throws IOException {
        List<String> entries = new ArrayList<>(List.of(labJar.toString()));
        Path lib = labJar.toAbsolutePath().getParent().resolve("lib");
        files(lib).stream()
                .filter(file -> file.toString().endsWith(".jar"))
                .forEach(file -> entries.add(file.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
