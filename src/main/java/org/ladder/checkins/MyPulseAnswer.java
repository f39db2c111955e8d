package org.ladder.checkins;

import java.time.YearMonth;

/** One of the signed-in person's own pulse answers (nobody else ever sees a single answer). */
public record MyPulseAnswer(YearMonth month, int score, String comment) {
}
