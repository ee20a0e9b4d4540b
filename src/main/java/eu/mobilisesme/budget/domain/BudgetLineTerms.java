package eu.mobilisesme.budget.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an administrator states about a budget line: its name, funder, amount in EUR, priority (lines are tried in
 * ascending priority when an approver names none) and the sending companies' countries it may fund (none: all).
 */
public record BudgetLineTerms(String name, String funder, BigDecimal amount, int priority,
        List<String> eligibleCountries) {

    public BudgetLineTerms {
        eligibleCountries = eligibleCountries.stream().distinct().sorted().toList();
    }
}
