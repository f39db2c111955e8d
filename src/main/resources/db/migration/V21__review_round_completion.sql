-- Reviews (module reviews): when the last review of a round was done or ended, so that ReviewRoundCompleted is
-- published once (the round row is locked while a review of it finishes). ADR 0024.
alter table review_round add column completed_at datetime(6);
