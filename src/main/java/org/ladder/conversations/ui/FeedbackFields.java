package org.ladder.conversations.ui;

import com.vaadin.flow.component.textfield.TextArea;

/** Field set-up shared by the feedback forms. */
final class FeedbackFields {

    private FeedbackFields() {
    }

    /** A text limited to {@code max} characters, saying so on the field when a longer text arrives. */
    static TextArea limited(TextArea area, int max) {
        area.setMaxLength(max);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(message(max)));
        return area;
    }

    static String message(int max) {
        return "At most " + max + " characters.";
    }
}
