-- The published Kreistag report of the network, one per county and year.
CREATE TABLE network_report (
    tenant_id     BIGINT       NOT NULL REFERENCES tenant (id),
    report_year   INT          NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(100) NOT NULL,
    pdf           BYTEA        NOT NULL,
    CONSTRAINT network_report_pk PRIMARY KEY (tenant_id, report_year)
);
