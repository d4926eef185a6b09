import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step, run by Maven on the shaded jar (java LiftClassVersions.java JAR): rewrites every class
 * file older than Java 6 (class version 50) as a Java 8 class (52) with stack map frames computed by
 * ASM. The JVM's start-up archives (the AOT cache of Java 25, AppCDS before it) skip such old
 * classes, so picocli's 228 classes (compiled for Java 5) were loaded, parsed and verified by the
 * old verifier on every run: measured, that was most of a lint's start-up on the example. Nothing
 * else changes: same entries, same order, same times; the code is the same instructions.
 */
public final class LiftClassVersions {
    private static final int OLDEST_ARCHIVED = 50;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path lifted = jar.resolveSibling(jar.getFileName() + ".lifted");
        int count = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                OutputStream file = Files.newOutputStream(lifted);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < OLDEST_ARCHIVED) {
                    bytes = lift(bytes, hierarchy);
                    count++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(lifted, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("LiftClassVersions: " + count + " classes older than Java 6 lifted to Java 8 in " + jar.getFileName());
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] lift(byte[] classFile, ClassLoader hierarchy) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return hierarchy; // frames need common superclasses: the jar's own classes, then the JDK's
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
