package eu.mobilisesme.sme.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import eu.mobilisesme.sme.domain.NaceDivisions;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the NACE Rev. 2 table ({@code reference/nace-rev2-divisions.csv}: {@code #} comments, a header
 * {@code level,code,section,title}, quoted titles) with a CSV parser at start-up, before the HTTP server takes requests,
 * and hands its divisions to the domain. A missing or broken table stops the start.
 */
@ApplicationScoped
public class NaceReferenceData {

    static final String RESOURCE = "reference/nace-rev2-divisions.csv";
    private static final Logger LOG = Logger.getLogger(NaceReferenceData.class);
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema WITH_HEADER_AND_COMMENTS = CsvSchema.emptySchema().withHeader().withComments();

    void load(@Observes StartupEvent start) {
        Map<String, String> divisions = readRev2Divisions();
        NaceDivisions.useRev2(divisions);
        LOG.debugf("NACE Rev. 2: %d divisions loaded", divisions.size());
    }

    /** Division ({@code 10}) to section ({@code C}) of the class-path table. */
    public static Map<String, String> readRev2Divisions() {
        try (InputStream csv = NaceReferenceData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static Map<String, String> read(InputStream csv) {
        Map<String, String> sections = new HashMap<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(WITH_HEADER_AND_COMMENTS).readValues(csv)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                if ("division".equals(row.get("level"))) {
                    String division = row.get("code");
                    String section = row.get("section");
                    if (section == null || section.isBlank()) {
                        throw new IllegalStateException("NACE division " + division + " has no section");
                    }
                    sections.put(division, section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The NACE table is not valid CSV", e);
        }
        return Map.copyOf(sections);
    }
}
