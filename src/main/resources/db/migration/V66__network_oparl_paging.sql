-- OParl lists page meetings and persons of one county by id in SQL (OparlQueries)
CREATE INDEX network_meeting_tenant_id_ix ON network_meeting (tenant_id, id);
CREATE INDEX network_person_tenant_id_ix ON network_person (tenant_id, id);
