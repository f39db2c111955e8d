package org.ladder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ladder.support.CharterFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, every grid's header cells sit exactly over their body cells (Lumo draws headers in a smaller
 * font, and column widths in {@code em} used to come out narrower in the header).
 */
@Tag("e2e")
@LadderIntegrationTest
class GridAlignmentE2ETest {

    @LocalServerPort
    int port;
    @Autowired
    CharterFixtures fixtures;

    /** For each column: [header left, header width, first body cell left, first body cell width], in pixels. */
    private static final String CELL_BOXES = "const g = document.querySelector(arguments[0]);"
            + "const rows = [...g.shadowRoot.querySelectorAll('thead tr, tbody tr')].filter(r => r.children.length);"
            + "const head = [...rows[0].children].map(c => c.getBoundingClientRect());"
            + "const body = [...rows.find(r => r.parentElement.tagName === 'TBODY').children]"
            + "  .map(c => c.getBoundingClientRect());"
            + "return head.map((h, i) => [Math.round(h.left), Math.round(h.width), Math.round(body[i].left),"
            + "  Math.round(body[i].width)]);";

    @Test
    void headersSitOverTheirValuesInEveryGrid() throws Exception {
        fixtures.publish("Aligned columns " + System.nanoTime());
        fixtures.publish("Aligned columns, again " + System.nanoTime());
        try (BrowserSession hr = new BrowserSession(port)) {
            hr.signIn("hr", "demo");
            for (Map.Entry<String, List<String>> page : Map.of(
                    "/acknowledgements", List.of("#unit-progress", "#pending-people"),
                    "/charter/history", List.of("#charter-versions")).entrySet()) {
                hr.open(page.getKey());
                for (String grid : page.getValue()) {
                    hr.find(By.cssSelector(grid + " vaadin-grid-cell-content"));
                    hr.waitUpTo(30).until(d -> !boxes(hr, grid).isEmpty());
                    List<List<Long>> boxes = boxes(hr, grid);
                    assertThat(boxes).as(grid).allSatisfy(b -> {
                        assertThat(b.get(0)).as(grid + " column left").isEqualTo(b.get(2));
                        assertThat(b.get(1)).as(grid + " column width").isEqualTo(b.get(3));
                    });
                }
                hr.screenshot("grid-alignment" + page.getKey().replace('/', '-'));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<Long>> boxes(BrowserSession session, String grid) {
        return (List<List<Long>>) ((JavascriptExecutor) session.driver()).executeScript(CELL_BOXES, grid);
    }
}
