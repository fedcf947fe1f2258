package org.akhbar.entity;

/** The kinds of entity the gazetteer holds. */
public enum EntityType { PERSON, ORG, LOC }
