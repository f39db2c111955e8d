package org.ladder.base.ui;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.function.SerializableFunction;

/**
 * The children of a container, each built from one item and kept while that item is unchanged. A live section
 * rebuilds on every signal for its person; replacing a banner the person is typing a question into would throw the
 * text away (and the browser's element with it). Here a child is built only for an item not shown yet, removed when
 * its item is gone, and left alone otherwise. Items are compared with {@code equals}: records that hold what the
 * child shows.
 *
 * @param <T> the item a child shows
 */
public final class KeyedChildren<T> implements Serializable {

    private final HasComponents container;
    private final SerializableFunction<T, Component> build;
    private Map<T, Component> shown = new LinkedHashMap<>();

    /** The container must hold nothing else. */
    public KeyedChildren(HasComponents container, SerializableFunction<T, Component> build) {
        this.container = container;
        this.build = build;
    }

    /** Shows these items, in this order. */
    public void show(List<T> items) {
        Map<T, Component> next = new LinkedHashMap<>();
        items.forEach(i -> next.put(i, shown.get(i)));
        shown.forEach((item, child) -> {
            if (!next.containsKey(item)) {
                container.remove(child);
            }
        });
        int index = 0;
        for (Map.Entry<T, Component> e : next.entrySet()) {
            Component child = e.getValue();
            if (child == null) {
                child = build.apply(e.getKey());
                e.setValue(child);
                container.addComponentAtIndex(index, child);
            } else if (container.getElement().indexOfChild(child.getElement()) != index) {
                container.addComponentAtIndex(index, child); // moved: the only case a kept child is re-attached
            }
            index++;
        }
        shown = next;
    }
}
