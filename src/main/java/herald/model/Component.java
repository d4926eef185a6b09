package herald.model;

/** A public component of the site. {@code group} and {@code description} may be null. */
public record Component(String id, String name, String group, String description, Where where) {
}
