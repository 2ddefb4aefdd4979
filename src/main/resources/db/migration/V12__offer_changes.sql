-- Change feed of the register, numbered in commit order (directory.OfferChanges).
-- A transaction that changed offers takes the next number just before it commits, holding the
-- row lock of offer_change_head until then: numbers are handed out in commit order, without gaps,
-- so a reader that has seen number n has seen every change committed before n.
CREATE TABLE offer_change_head (
    id        INT    PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    CONSTRAINT offer_change_head_one_row CHECK (id = 1)
);
INSERT INTO offer_change_head (id, last_seq) VALUES (1, 0);

CREATE TABLE offer_change (
    seq         BIGINT NOT NULL,
    offer_id    BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT offer_change_pk PRIMARY KEY (seq, offer_id)
);
CREATE INDEX offer_change_changed_at_ix ON offer_change (changed_at);
