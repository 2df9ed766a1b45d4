package dev.perflab.experiments.ch03.growth;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.vm.VM;

/**
 * The array a list keeps its items in, read from the live list. {@code ArrayList.elementData} is
 * private to {@code java.base}, and JDK 25 refuses reflective access to it without
 * {@code --add-opens}; JOL reads the field by its offset instead, so the capacity is the array's
 * real length, not a figure worked out from the growth formula.
 *
 * @param slotBytes bytes per slot in this JVM: 4 for an int, 4 or 8 for a reference (compressed or
 *     not), as the running VM reports it
 */
record BackingArray(int capacity, int slotBytes) {

    static {
        // Read once, when JOL's VM model starts, and only if the command line did not choose: the
        // two skips spare attach attempts that slow JOL's start and that field reads do not need;
        // the field offsets then come from Unsafe, which works for JDK classes.
        for (String skip : List.of("jol.skipDynamicAttach", "jol.skipHotspotSAAttach")) {
            if (System.getProperty(skip) == null) {
                System.setProperty(skip, "true");
            }
        }
    }

    /** The array held by {@code list}'s one array field (ArrayList, List.of/toList's list, IntList). */
    static BackingArray of(Object list) {
        Object array = VM.current().getObject(list, VM.current().fieldOffset(arrayField(list.getClass())));
        String component = array.getClass().getComponentType().getName();
        return new BackingArray(Array.getLength(array), VM.current().arrayIndexScale(component));
    }

    /** Bytes of slots that hold nothing when the list holds {@code size} items. */
    long wastedBytes(int size) {
        return (long) (capacity - size) * slotBytes;
    }

    private static Field arrayField(Class<?> type) {
        List<Field> arrays = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType().isArray() && !Modifier.isStatic(field.getModifiers())) {
                    arrays.add(field);
                }
            }
        }
        if (arrays.size() != 1) {
            throw new IllegalArgumentException(type.getName() + " has " + arrays.size() + " array fields, not one");
        }
        return arrays.getFirst();
    }
}
