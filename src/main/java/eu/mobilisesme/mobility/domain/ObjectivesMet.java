package eu.mobilisesme.mobility.domain;

public enum ObjectivesMet {
    FULLY, PARTLY, NOT
}
