package org.ladder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A child is built once per item, kept while its item is shown, moved when the order changes, removed when gone. */
class KeyedChildrenTest {

    private final Div container = new Div();
    private int built;
    private final KeyedChildren<String> children = new KeyedChildren<>(container, s -> {
        built++;
        return new Span(s);
    });

    @Test
    void theSameItemsAgainTouchNothing() {
        children.show(List.of("a", "b"));
        List<Component> first = container.getChildren().toList();
        children.show(List.of("a", "b"));
        assertThat(container.getChildren().toList()).containsExactlyElementsOf(first);
        assertThat(built).isEqualTo(2);
    }

    @Test
    void aNewItemIsBuiltInItsPlaceAndAGoneOneIsRemoved() {
        children.show(List.of("a", "b"));
        Component a = container.getComponentAt(0);
        children.show(List.of("c", "a"));
        assertThat(texts()).containsExactly("c", "a");
        assertThat(container.getComponentAt(1)).isSameAs(a);
        assertThat(built).isEqualTo(3);
    }

    @Test
    void aChangedOrderMovesTheKeptChildren() {
        children.show(List.of("a", "b", "c"));
        Component c = container.getComponentAt(2);
        children.show(List.of("c", "b", "a"));
        assertThat(texts()).containsExactly("c", "b", "a");
        assertThat(container.getComponentAt(0)).isSameAs(c);
        assertThat(built).isEqualTo(3);
        children.show(List.of());
        assertThat(container.getChildren()).isEmpty();
    }

    private List<String> texts() {
        return container.getChildren().map(ch -> ((Span) ch).getText()).toList();
    }
}
