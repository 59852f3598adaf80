package org.diplograph.analysis;

import org.diplograph.api.ApiProblem;
import org.diplograph.db.CypherFiles;
import org.diplograph.db.Database;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage at a date of a party's agreements ({@link Stage}: signed, ratified, in force, ended) from the dates on its
 * PARTY_TO relationships, with how many agreements are at each stage and the evidence of each.
 */
public final class StageService {
    static final int CAP = 5_000;
    private final Database db;

    public StageService(Database db) {
        this.db = db;
    }

    /**
     * The stages: the party, the date, the agreement asked for (or null: all), how many agreements are at each stage
     * (of the first 5,000), the first {@code limit} agreements with their stage and evidence, whether a cap cut them.
     */
    public record Answer(String party, String at, String agreement, Map<String, Integer> counts,
                         List<Relationships.Item> agreements, boolean truncated, long elapsedMs) {}

    public Answer stages(String party, String agreement, LocalDate at, int limit) {
        long t0 = System.nanoTime();
        return db.readTx(tx -> {
            if (Projection.names(tx, List.of(party)).isEmpty()) throw ApiProblem.notFound("No entity with id '" + party + "'");
            if (agreement != null && Projection.names(tx, List.of(agreement)).isEmpty()) {
                throw ApiProblem.notFound("No entity with id '" + agreement + "'");
            }
            Map<String, Object> p = new HashMap<>();
            p.put("party", party);
            p.put("agreement", agreement);
            p.put("cap", CAP + 1);
            List<String> ids = tx.run(CypherFiles.query("analysis-stage"), p).list(r -> r.get("rel").asString());
            boolean truncated = ids.size() > CAP;
            List<Relationships.Item> items = Relationships.byIds(tx, ids.subList(0, Math.min(CAP, ids.size())), at);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String s : Stage.STAGES) counts.put(s, 0);
            for (Relationships.Item it : items) counts.merge(it.stage(), 1, Integer::sum);
            return new Answer(party, at.toString(), agreement, counts, items.subList(0, Math.min(limit, items.size())),
                    truncated || items.size() > limit, (System.nanoTime() - t0) / 1_000_000);
        });
    }
}
