package herald.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.derive.View;
import herald.diag.Work;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ViewFields against the records themselves: every component of every view record is read by its
 * own name and gives that component's value. Each sample holds a different value in every
 * component, and one boolean at a time is true, so two swapped fields are caught.
 */
class ViewFieldsTest {
    private int next;

    @Test
    void everyComponentOfEveryViewRecordIsReadByItsName() throws Exception {
        List<Class<?>> records = Arrays.stream(View.class.getDeclaredClasses()).filter(Class::isRecord).toList();
        assertEquals(17, records.size(), "the view records: add a new one to ViewFields");
        for (Class<?> type : records) {
            long booleans = Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == boolean.class).count();
            for (int onlyTrue = -1; onlyTrue < booleans; onlyTrue++) {
                Object sample = sample(type, onlyTrue, 2);
                for (RecordComponent c : type.getRecordComponents()) {
                    Object expected = c.getAccessor().invoke(sample);
                    assertEquals(expected, ViewFields.get(sample, c.getName()), type.getSimpleName() + "." + c.getName());
                }
                assertSame(ViewFields.NONE, ViewFields.get(sample, "toString"), type.getSimpleName());
            }
        }
        assertSame(ViewFields.NONE, ViewFields.get("a string", "length"));
    }

    @Test
    void aTemplateReadsFieldsAndStillReachesWhatIsNotAField() throws Exception {
        Templates templates = new Templates(Map.of("t.ftlh",
                "${s.label}|${s.cssClass}|${s.hashCode?is_number?c}|${s?string?starts_with('State[')?c}|${(s.missing)!'none'}|${s?has_content?c}"
                        + "|${s.label()}|${s.toString()?starts_with('State[')?c}|${s?keys?seq_contains('label')?c}"),
                new Work());
        View.State state = new View.State("ok", "Operational", "state-ok");
        // the calls (label(), toString()) are what record support gave themes before: the fallback must keep them
        assertEquals("Operational|state-ok|true|true|none|true|Operational|true|true", templates.render("t.ftlh", Map.of("s", state)));
    }

    /** A record of {@code type} with a new value in each component; of its booleans only the {@code onlyTrue}th is true. */
    private Object sample(Class<?> type, int onlyTrue, int depth) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<Object> args = new ArrayList<>();
        int booleans = 0;
        for (Class<?> t : types) {
            int n = next++;
            if (t == String.class) {
                args.add("value " + n);
            } else if (t == int.class) {
                args.add(n);
            } else if (t == boolean.class) {
                args.add(booleans++ == onlyTrue);
            } else if (t == List.class) {
                args.add(List.of("item " + n));
            } else if (t.isRecord()) {
                args.add(depth > 0 ? sample(t, -1, depth - 1) : null);
            } else {
                throw new AssertionError("no sample for " + t + " in " + type);
            }
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        Object made = constructor.newInstance(args.toArray());
        assertTrue(type.isInstance(made));
        return made;
    }
}
