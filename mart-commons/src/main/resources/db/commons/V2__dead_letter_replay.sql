-- Dead letters an admin can replay (issue 12): the topic the message came from and the Kafka key it was
-- published with, both unknown (NULL) for rows stored before; and when it was last replayed.
ALTER TABLE dead_letter
    ADD COLUMN topic       VARCHAR(200),
    ADD COLUMN message_key VARCHAR(200),
    ADD COLUMN replayed_at TIMESTAMPTZ;

-- replay-all reads the rows not yet replayed, oldest first
CREATE INDEX dead_letter_not_replayed ON dead_letter (id) WHERE replayed_at IS NULL;
