package org.livebrief.names;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import org.jboss.logging.Logger;
import org.livebrief.platform.Caller;

/**
 * Product data, not demo content: Ukrainian places with what a newsroom cannot compute from their current
 * names — former names as historical names with validity (the renamings since the 2016 decommunization
 * laws and the 2024 ones, Soviet-era and imperial names such as Stalino, Zhdanov, Voroshylovhrad,
 * Yelysavethrad, Proskuriv, Stanyslaviv) and names in neighbouring languages (Lwów, Lemberg, Ungvár,
 * Cernăuți, Aqmescit). Loaded once on the first start: a restart, or a second node, does not load the
 * dataset again ({@code name_dataset} records it by file name, so a new file name is loaded once on
 * upgrade); an entity registered before — by an admin, or by an earlier dataset — is kept as it is and
 * counted as already held. A newsroom that registers one of these places gets 409 with the starter
 * entity's {@code existingId}. An entry's {@code note} says which dates are not exact.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class StarterNames {

    static final String DATASET = "names/starter-places.json";
    private static final Logger LOG = Logger.getLogger(StarterNames.class);
    private static final Caller LIVEBRIEF = new Caller("livebrief", false, false, true);

    @Inject
    NameImport imports;

    @Inject
    Names names;

    @PostConstruct
    void load() {
        // The exonym tables (CLDR's places and ISO 3166-2's subdivisions, some 15,000 names to key; GeoNames' towns,
        // some 57,000) are built here, at deployment, so that no request builds them, with its transaction and its
        // briefing's lock held, on first use.
        long started = System.nanoTime();
        int places = CldrPlaces.get().size();
        int towns = Gazetteer.get().size();
        LOG.infof("Exonym tables: %d places, %d towns in %d ms", places, towns, (System.nanoTime() - started) / 1_000_000);
        if (names.datasetLoaded(DATASET)) {
            return;
        }
        NameImport.Report report = imports.all(read(), LIVEBRIEF);
        names.markDatasetLoaded(DATASET, report.created().size());
        LOG.infof("Starter names loaded: %d entities, %d already held, %d refused", report.created().size(),
                report.duplicates().size(), report.errors().size());
    }

    static List<NameRequest> read() {
        Type listOfRequests = new java.util.ArrayList<NameRequest>() { }.getClass().getGenericSuperclass();
        try (InputStream in = StarterNames.class.getClassLoader().getResourceAsStream(DATASET);
             var jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DATASET);
            }
            return jsonb.fromJson(in, listOfRequests);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + DATASET, e);
        }
    }
}
