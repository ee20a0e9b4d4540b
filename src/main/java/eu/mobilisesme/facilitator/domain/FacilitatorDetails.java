package eu.mobilisesme.facilitator.domain;

import java.util.List;

/** Everything an administrator states about a facilitator organisation. */
public record FacilitatorDetails(String name, String country, List<String> coveredCountries, String contactEmail,
        String contactPhone, String website, boolean active) {

    public FacilitatorDetails {
        coveredCountries = coveredCountries.stream().distinct().sorted().toList();
    }
}
