package org.ladder.conversations.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.ladder.base.text.Plural;
import org.ladder.conversations.FeedbackLimits;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A list read page by page ({@link FeedbackLimits#PAGE_SIZE} at a time, “Show more” for the next), with its total
 * and an empty state. Narrow-screen friendly: one card per row.
 */
class PagedList<T> extends Div {

    interface Page<T> {
        List<T> fetch(long offset, int limit);
    }

    private final Page<T> page;
    private final LongSupplier count;
    private final Function<T, Component> render;
    private final String singular;
    private final String plural;
    final Div items = new Div();
    final Paragraph empty;
    final Span total = new Span();
    final Button more = new Button("Show more");
    private long loaded;

    PagedList(String id, String emptyText, String singular, String plural, Page<T> page, LongSupplier count,
            Function<T, Component> render) {
        this.page = page;
        this.count = count;
        this.render = render;
        this.singular = singular;
        this.plural = plural;
        setId(id);
        setWidthFull();
        items.addClassName("ladder-feedback-list");
        items.setId(id + "-items");
        empty = new Paragraph(emptyText);
        empty.addClassName("ladder-empty");
        empty.setId(id + "-empty");
        total.addClassName("ladder-hint");
        total.setId(id + "-count");
        more.setId(id + "-more");
        more.addClickListener(e -> loadMore());
        add(total, empty, items, more);
        refresh();
    }

    void refresh() {
        items.removeAll();
        loaded = 0;
        long n = count.getAsLong();
        total.setText(Plural.count(n, singular, plural));
        total.setVisible(n > 0);
        empty.setVisible(n == 0);
        loadMore();
        more.setVisible(loaded < n);
    }

    private void loadMore() {
        List<T> next = page.fetch(loaded, FeedbackLimits.PAGE_SIZE);
        next.forEach(t -> items.add(render.apply(t)));
        loaded += next.size();
        more.setVisible(next.size() == FeedbackLimits.PAGE_SIZE);
    }

    /** How many rows are shown now. */
    int shown() {
        return (int) loaded;
    }
}
