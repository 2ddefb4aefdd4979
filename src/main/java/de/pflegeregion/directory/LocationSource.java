package de.pflegeregion.directory;

/** Where an offer's coordinates come from; only ENTERED is more precise than a town centre. */
public enum LocationSource {
    /** entered by the provider or the county */
    ENTERED,
    /** centre of the town or Gemeinde named in the address */
    PLACE,
    /** centre of the postcode's main town */
    POSTCODE,
    /** no address (e.g. a telephone service): the county's largest town, so county searches find it */
    COUNTY
}
