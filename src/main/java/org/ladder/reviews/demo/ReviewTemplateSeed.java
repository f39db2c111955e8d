package org.ladder.reviews.demo;

import org.ladder.reviews.DefaultTemplate;
import org.ladder.reviews.ReviewTemplateSeeds;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The default review template for the demo ({@link DefaultTemplate}), once, when no template exists. */
@Component
@ConditionalOnProperty(name = "ladder.demo.enabled", havingValue = "true")
@Order(40)
class ReviewTemplateSeed implements ApplicationRunner {

    private final ReviewTemplateSeeds seeds;

    ReviewTemplateSeed(ReviewTemplateSeeds seeds) {
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.seedDefault();
    }
}
