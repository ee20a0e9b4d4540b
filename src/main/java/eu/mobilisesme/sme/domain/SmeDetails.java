package eu.mobilisesme.sme.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import eu.mobilisesme.common.domain.CollaborationType;

/**
 * Everything a company (or someone registering it) states about itself. Status, size class, facilitator and
 * decisions are not here: clients cannot set them.
 */
public record SmeDetails(String legalName, String tradingName, String country, String nutsRegion, Address address,
        String website, String vatNumber, NaceCode nace, int foundingYear, int staffHeadcount,
        BigDecimal annualTurnover, BigDecimal balanceSheetTotal, List<String> languages,
        SortedSet<CollaborationType> collaborationOffered, SortedSet<CollaborationType> collaborationSought,
        List<String> targetMarkets, ExchangeRole exchangeRole, int hostingCapacity, String description,
        boolean catalogueConsent) {

    public SmeDetails {
        languages = languages.stream().distinct().toList();
        collaborationOffered = new TreeSet<>(collaborationOffered);
        collaborationSought = new TreeSet<>(collaborationSought);
        targetMarkets = targetMarkets.stream().distinct().sorted().toList();
        // Amounts carry cents exactly, so "10.5" and "10.50" are the same statement and compare equal.
        annualTurnover = annualTurnover.setScale(2);
        balanceSheetTotal = balanceSheetTotal.setScale(2);
    }

    public SizeClass sizeClass() {
        return SizeClass.of(staffHeadcount, annualTurnover, balanceSheetTotal);
    }

    /** Whether {@code other} names a different legal entity: a verified company must then be verified again. */
    public boolean identityDiffersFrom(SmeDetails other) {
        return !legalName.equals(other.legalName) || !vatNumber.equals(other.vatNumber);
    }
}
