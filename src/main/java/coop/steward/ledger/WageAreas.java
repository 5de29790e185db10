package coop.steward.ledger;

import java.util.Set;

/** The finer wage areas (metro areas, counties, cities) a jurisdiction's wage table lists, which a gig may name. */
public interface WageAreas {

    /** The area ids of the jurisdiction, empty when its table lists none or there is no table. */
    Set<String> of(String jurisdiction);
}
