package herald.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates commands with the injected {@link Environment} (no global state). */
final class CommandFactory implements CommandLine.IFactory {
    private final Environment env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Environment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> withEnv = cls.getDeclaredConstructor(Environment.class);
            withEnv.setAccessible(true);
            return withEnv.newInstance(env);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
