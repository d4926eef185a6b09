package herald.model;

import java.util.List;

/**
 * The fields every incident and maintenance file has, declared once with their accessors for both
 * forms of an entry: the draft the loader and the lint work on ({@code U} is the draft's update;
 * any field may be null, the lint says why) and the validated {@link Entry} ({@code U} is
 * {@link Update}; see {@link Entry#requireComplete} for what it guarantees).
 *
 * @param <U> the type of the entry's updates
 */
public interface EntryFields<U> {
    /**
     * @param file     display path of the file it came from
     * @param banner   the in-product banner, or null
     * @param updates  oldest first
     * @param summary  the optional Markdown body of the file: the public summary, or null
     * @param internal the free-form {@code internal:} block as plain maps, lists and strings (or null); never rendered
     * @param imported the {@code imported:} block of an entry brought in from another status page, or null
     */
    record Common<U>(String id, String file, String title, List<String> components, String banner, List<U> updates,
            String summary, Object internal, Imported imported) {
        public Common {
            components = List.copyOf(components);
            updates = List.copyOf(updates);
        }
    }

    Common<U> common();

    default String id() {
        return common().id();
    }

    /** Display path of the file it came from. */
    default String file() {
        return common().file();
    }

    default String title() {
        return common().title();
    }

    default List<String> components() {
        return common().components();
    }

    /** The in-product banner, or null. */
    default String banner() {
        return common().banner();
    }

    /** Oldest first (never empty in a validated entry). */
    default List<U> updates() {
        return common().updates();
    }

    /** The optional Markdown body of the file: the public summary, or null. */
    default String summary() {
        return common().summary();
    }

    /** The free-form {@code internal:} block as plain maps, lists and strings (or null); never rendered. */
    default Object internal() {
        return common().internal();
    }

    /** The {@code imported:} block of an entry brought in from another status page, or null. */
    default Imported imported() {
        return common().imported();
    }

    default boolean isImported() {
        return imported() != null;
    }
}
