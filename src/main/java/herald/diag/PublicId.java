package herald.diag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose public id is its constant's name in lower case with dashes ({@code MAJOR_OUTAGE}
 * is {@code major-outage}): the word that content files, flags, waivers and output use. One rule
 * for every such enum (rules, states, update statuses, hosts), so an id is never spelled twice;
 * renaming a constant renames a public id, which the spec's tests catch.
 */
public interface PublicId {
    String name();

    int ordinal();

    default String id() {
        return IDS.get(((Enum<?>) this).getDeclaringClass()).get(ordinal());
    }

    /** The constant of {@code type} whose id is {@code id}. */
    static <E extends Enum<E> & PublicId> Optional<E> byId(Class<E> type, String id) {
        List<String> ids = IDS.get(type);
        int i = ids.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(type.getEnumConstants()[i]);
    }

    /** The ids of each enum, by ordinal, computed once. */
    ClassValue<List<String>> IDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        }
    };
}
