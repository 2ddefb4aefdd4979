package de.pflegeregion.network;

import java.util.Map;

import de.pflegeregion.platform.Tenant;

/**
 * One section of the yearly Kreistag report (network spec): each part of the network module contributes its
 * own (structure and attendance, decisions, measures, gaps, funding) and the report renders them in order.
 */
public interface ReportSection {

    /** Position in the report; lower comes first. */
    int order();

    /** The Thymeleaf fragment that renders this section, e.g. {@code "network/report/structure :: section"}. */
    String fragment();

    /** The values the fragment needs for this county and year. */
    Map<String, Object> model(Tenant county, int year);
}
